import { checkSchema } from './check-schema.ts'
import { contentVersion } from './content-version.ts'
import type { Fault } from './fault.ts'
import { MANIFEST_FILE, manifestSchema, type Manifest } from './manifest-schema.ts'

const SEASON_FILE = 'season.json'
import { parseJson } from './parse-json.ts'
import { joinLocation, type ReadText } from './read-text.ts'

/** What a viewer keeps between polls of a season with a manifest (docs/deploying.md#live-feed). */
export interface FeedCache {
  /** The manifest text last read; null: the folder has none, so every file is read each time. */
  readonly manifestText: string | null
  /** Path in the folder → the version and text last fetched. */
  readonly texts: ReadonlyMap<string, { readonly version: string; readonly text: string }>
  /** A listed file could not be fetched last time: read again even if the manifest is the same. */
  readonly pending: boolean
}

export type FeedRead =
  /** The manifest has not changed since the last read: nothing else was requested. */
  | { readonly kind: 'unchanged' }
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
 * yet. Without a manifest (or with an unusable one, reported) every file is read, as before.
 */
export async function openFeed(
  folder: string,
  readText: ReadText,
  previous: FeedCache | null,
): Promise<FeedRead> {
  const seasonAt = joinLocation(folder, SEASON_FILE)
  // The first read asks for season.json alongside the manifest: one round trip less before the
  // standings paint (its version is worked out from its text, so a mismatch is read again).
  const early = previous === null ? readText(seasonAt) : null
  const read = await readText(joinLocation(folder, MANIFEST_FILE))
  if (read.kind === 'error') return { kind: 'failed', message: `${MANIFEST_FILE}: ${read.message}` }
  const withEarly: ReadText = (location) =>
    early !== null && location === seasonAt ? early : readText(location)
  const everyFile = (warnings: ReadonlyArray<Fault>): FeedRead => ({
    kind: 'read',
    readText: withEarly,
    cache: () => ({ manifestText: null, texts: new Map(), pending: false }),
    warnings,
  })
  if (read.kind === 'missing') return everyFile([])
  if (previous !== null && previous.manifestText === read.text && !previous.pending)
    return { kind: 'unchanged' }
  const manifest = parseManifest(read.text)
  if (!manifest.ok)
    return everyFile(
      manifest.faults.map((fault) => ({
        ...fault,
        message: `${fault.message}; every file is read instead`,
      })),
    )
  const texts = new Map<string, { version: string; text: string }>()
  let pending = false
  const prefix = joinLocation(folder, '')
  const files = new Map(Object.entries(manifest.value.files))
  return {
    kind: 'read',
    warnings: manifest.warnings,
    cache: () => ({ manifestText: read.text, texts, pending }),
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
        else if (first.kind === 'error') pending = true
        return first
      }
      const fetched = await readText(`${location}?v=${encodeURIComponent(listed.version)}`)
      if (fetched.kind === 'text') texts.set(path, { version: listed.version, text: fetched.text })
      else if (fetched.kind === 'error') pending = true
      return fetched
    },
  }
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
