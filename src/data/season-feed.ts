import { checkSchema } from './check-schema.ts'
import { contentVersion } from './content-version.ts'
import type { Fault } from './fault.ts'
import { MANIFEST_FILE, manifestSchema, type Manifest } from './manifest-schema.ts'

const SEASON_FILE = 'season.json'
import { parseJson } from './parse-json.ts'
import { joinLocation, type ReadResult, type ReadText } from './read-text.ts'

/** What a viewer keeps between polls of a season with a manifest (docs/deploying.md#live-feed). */
export interface FeedCache {
  /** The manifest text last read; null: the folder has none, so every file is read each time. */
  readonly manifestText: string | null
  /** Path in the folder → the version and text last fetched. */
  readonly texts: ReadonlyMap<string, { readonly version: string; readonly text: string }>
  /** A listed file could not be fetched last time: read again even if the manifest is the same. */
  readonly pending: boolean
  /** The manifest's `updatedAt` as ms (null: it gives none): an older one is not taken. */
  readonly updatedAt: number | null
  /** When the manifest last changed or was last read without validators (ms). */
  readonly checkedAt: number
}

/**
 * A manifest unchanged for this long is read once without validators: an origin whose
 * Last-Modified runs ahead of its clock answers every revalidation with 304 (issue 22 #3).
 */
export const READ_WITHOUT_VALIDATORS_AFTER_MS = 30_000

export type FeedRead =
  /** The manifest has not changed since the last read: nothing else was requested. */
  | { readonly kind: 'unchanged'; readonly checkedAt?: number }
  /**
   * The manifest is older than the one already read (a CDN edge that has not caught up): it and
   * its files are ignored, and said (docs/deploying.md#live-feed).
   */
  | { readonly kind: 'older'; readonly updatedAt: string }
  /** Read the season through `readText`; `cache()` is what to keep once it has been read. */
  | {
      readonly kind: 'read'
      readonly readText: ReadText
      readonly cache: () => FeedCache
      readonly warnings: ReadonlyArray<Fault>
    }
  | { readonly kind: 'failed'; readonly message: string }

/**
 * One poll of a season folder. With a manifest, the manifest is the only request unless a file's
 * version changed; each changed file is fetched as `<file>?v=<version>`, an address whose content
 * never changes, so a CDN may keep it for good. A file the manifest does not list does not exist
 * yet; a file it lists that answers 404 or an HTML page is an error of that file (named, and read
 * again at the next poll), never a race without a result. Without a manifest (or with an unusable
 * one at the first read, reported) every file is read, as before; once a folder has had one, a
 * manifest that goes missing or turns unusable is a failed poll, and one older than the one
 * already read is ignored (issue 22 #2, #3; docs/deploying.md#live-feed).
 */
export async function openFeed(
  folder: string,
  readText: ReadText,
  previous: FeedCache | null,
  now: number,
): Promise<FeedRead> {
  const seasonAt = joinLocation(folder, SEASON_FILE)
  // The first read asks for season.json alongside the manifest: one round trip less before the
  // standings paint (its version is worked out from its text, so a mismatch is read again).
  const early = previous === null ? readText(seasonAt) : null
  const fresh =
    previous !== null &&
    previous.manifestText !== null &&
    now - previous.checkedAt > READ_WITHOUT_VALIDATORS_AFTER_MS
  const read = await readText(joinLocation(folder, MANIFEST_FILE), fresh ? { fresh } : undefined)
  if (read.kind === 'error') return { kind: 'failed', message: `${MANIFEST_FILE}: ${read.message}` }
  const hadManifest = previous !== null && previous.manifestText !== null
  if (read.kind === 'missing' && hadManifest)
    return {
      kind: 'failed',
      message: `${MANIFEST_FILE}: the server answered "not found" (or a web page) for the file it served before`,
    }
  const withEarly: ReadText = (location) =>
    early !== null && location === seasonAt ? early : readText(location)
  const everyFile = (warnings: ReadonlyArray<Fault>): FeedRead => ({
    kind: 'read',
    readText: withEarly,
    cache: () => ({
      manifestText: null,
      texts: new Map(),
      pending: false,
      updatedAt: null,
      checkedAt: now,
    }),
    warnings,
  })
  if (read.kind === 'missing') return everyFile([])
  if (previous !== null && previous.manifestText === read.text && !previous.pending)
    return { kind: 'unchanged', ...(fresh ? { checkedAt: now } : {}) }
  const manifest = parseManifest(read.text)
  if (!manifest.ok && hadManifest)
    return {
      kind: 'failed',
      message: `${MANIFEST_FILE}: ${manifest.faults.map((f) => f.message).join('; ')}`,
    }
  if (!manifest.ok)
    return everyFile(
      manifest.faults.map((fault) => ({
        ...fault,
        message: `${fault.message}; every file is read instead`,
      })),
    )
  const updatedAt = timeOf(manifest.value.updatedAt)
  if (updatedAt !== null && previous?.updatedAt != null && updatedAt < previous.updatedAt)
    return { kind: 'older', updatedAt: manifest.value.updatedAt ?? '' }
  const texts = new Map<string, { version: string; text: string }>()
  let pending = false
  const prefix = joinLocation(folder, '')
  const files = new Map(Object.entries(manifest.value.files))
  return {
    kind: 'read',
    warnings: manifest.warnings,
    cache: () => ({ manifestText: read.text, texts, pending, updatedAt, checkedAt: now }),
    readText: async (location) => {
      const path = location.startsWith(prefix) ? location.slice(prefix.length) : location
      const listed = files.get(path)
      if (listed === undefined) return { kind: 'missing' }
      const kept = previous?.texts.get(path)
      if (kept !== undefined && kept.version === listed.version) {
        texts.set(path, kept)
        return { kind: 'text', text: kept.text }
      }
      if (early !== null && location === seasonAt) {
        const first = await early
        if (first.kind === 'text')
          texts.set(path, { version: contentVersion(first.text), text: first.text })
        else pending = true
        return first.kind === 'missing' ? listedButMissing() : first
      }
      const fetched = await readText(`${location}?v=${encodeURIComponent(listed.version)}`)
      if (fetched.kind === 'text') texts.set(path, { version: listed.version, text: fetched.text })
      else pending = true
      return fetched.kind === 'missing' ? listedButMissing() : fetched
    },
  }
}

/** A file the manifest lists that the server says is not there: a failed read, to try again. */
function listedButMissing(): ReadResult {
  return {
    kind: 'error',
    message: `listed in ${MANIFEST_FILE}, but the server answered "not found" (or a web page): left out of the standings until it loads`,
  }
}

function timeOf(iso: string | undefined): number | null {
  const ms = iso === undefined ? NaN : Date.parse(iso)
  return Number.isNaN(ms) ? null : ms
}

function parseManifest(
  text: string,
):
  | { readonly ok: true; readonly value: Manifest; readonly warnings: ReadonlyArray<Fault> }
  | { readonly ok: false; readonly faults: ReadonlyArray<Fault> } {
  const json = parseJson(text)
  if (!json.ok)
    return { ok: false, faults: [{ file: MANIFEST_FILE, path: '', message: json.message }] }
  const checked = checkSchema(MANIFEST_FILE, json.value, manifestSchema)
  return checked
}
