import { join, relative } from 'node:path'
import { checkManifest } from '../data/check-manifest.ts'
import { checkSchema } from '../data/check-schema.ts'
import { contentVersion } from '../data/content-version.ts'
import type { Fault } from '../data/fault.ts'
import { MANIFEST_FILE, manifestSchema, type Manifest } from '../data/manifest-schema.ts'
import { parseJson } from '../data/parse-json.ts'
import { readSeasonText, RefusedFileError } from '../data/read-regular-file.ts'
import { UsageError } from './parse-args.ts'
import { NODE_DISK, writeFilesTogether, type DiskSteps } from './write-atomic.ts'

/**
 * The files of a season folder that exist: season.json and each result file it names. `pending`:
 * texts about to be written (by path in the folder), read in place of the disk's. `unread`
 * collects the files there but refused unread (a FIFO, a device, over the size limit).
 */
export function seasonTexts(
  folder: string,
  pending: ReadonlyMap<string, string> = new Map(),
  unread: Set<string> = new Set(),
): ReadonlyMap<string, string> {
  const texts = new Map<string, string>()
  const read = (path: string) => {
    const next = pending.get(path)
    if (next !== undefined) {
      texts.set(path, next)
      return
    }
    try {
      texts.set(path, readSeasonText(join(folder, path)))
    } catch (error) {
      // Not there (yet), or not a season file (validate names it): not listed.
      if (error instanceof RefusedFileError) unread.add(path)
    }
  }
  read('season.json')
  const season = parseJson(texts.get('season.json') ?? '')
  const rounds = season.ok ? field(season.value, 'rounds') : null
  for (const round of Array.isArray(rounds) ? rounds : []) {
    const races = field(round, 'races')
    for (const race of Array.isArray(races) ? races : []) {
      const path = field(race, 'results')
      if (typeof path === 'string' && !path.includes('..') && !path.startsWith('/')) read(path)
    }
  }
  return texts
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && key in value
    ? Object.getOwnPropertyDescriptor(value, key)?.value
    : undefined
}

/** The manifest on disk, or null when there is none or it is unusable. */
export function readManifest(folder: string): Manifest | null {
  let text: string
  try {
    text = readSeasonText(join(folder, MANIFEST_FILE))
  } catch {
    return null
  }
  const json = parseJson(text)
  const checked = json.ok ? checkSchema(MANIFEST_FILE, json.value, manifestSchema) : null
  return checked?.ok === true ? checked.value : null
}

/**
 * `manifest.json` for a season folder as it will be once `pending` is written
 * (docs/data-format.md#the-manifest). Unchanged files keep their versions; null when nothing
 * changed (the manifest is kept byte for byte). `changed`: the paths whose version changed.
 */
function nextManifest(
  folder: string,
  pending: ReadonlyMap<string, string>,
  now: Date,
): { readonly text: string; readonly changed: ReadonlyArray<string> } | null {
  const texts = seasonTexts(folder, pending)
  if (!texts.has('season.json'))
    throw new UsageError(`${folder} has no season.json: is it a season folder?`)
  const before = readManifest(folder)
  const files = Object.fromEntries(
    [...texts].map(([path, text]) => [path, { version: contentVersion(text) }]),
  )
  const changed = Object.keys(files).filter(
    (path) => before?.files[path]?.version !== files[path]?.version,
  )
  const removed = Object.keys(before?.files ?? {}).filter((path) => !(path in files))
  if (before !== null && changed.length === 0 && removed.length === 0) return null
  const manifest: Manifest = {
    format: 'pitboard-manifest/1',
    updatedAt: now.toISOString().replace(/\.\d+Z$/, 'Z'),
    files,
  }
  return { text: `${JSON.stringify(manifest, null, 2)}\n`, changed: [...changed, ...removed] }
}

/** Writes `manifest.json` for a season folder, atomically; returns the paths whose version changed. */
export function writeSeasonManifest(folder: string, now: Date = new Date()): ReadonlyArray<string> {
  return writeSeasonFiles(folder, [], { manifest: 'always', now })
}

/**
 * Writes files of a season folder and its manifest as one transaction (writeFilesTogether,
 * docs/cli.md#writes): a crash at any instant leaves the old season or the new, and the manifest
 * always names the versions of the files beside it. `manifest`: 'always' writes one; 'if-present'
 * only keeps an existing one up to date. Returns the paths whose version changed in the manifest.
 */
export function writeSeasonFiles(
  folder: string,
  files: ReadonlyArray<{ readonly path: string; readonly text: string }>,
  options: { readonly manifest: 'always' | 'if-present'; readonly now?: Date },
  disk: DiskSteps = NODE_DISK,
): ReadonlyArray<string> {
  const pending = new Map(files.map(({ path, text }) => [relative(folder, path), text]))
  const publish = options.manifest === 'always' || readManifest(folder) !== null
  const manifest = publish ? nextManifest(folder, pending, options.now ?? new Date()) : null
  const all =
    manifest === null
      ? files
      : [...files, { path: join(folder, MANIFEST_FILE), text: manifest.text }]
  if (all.length > 0) writeFilesTogether(folder, all, disk)
  return manifest?.changed ?? []
}

/** The faults of a folder's manifest, if it has one (`pitboard validate`). */
export function manifestFaults(folder: string): ReadonlyArray<Fault> {
  let text: string
  try {
    text = readSeasonText(join(folder, MANIFEST_FILE))
  } catch (error) {
    // No manifest: nothing to check. A FIFO, a device or a file over the limit: a fault.
    if (error instanceof RefusedFileError)
      return [{ file: MANIFEST_FILE, path: '', message: error.message }]
    return []
  }
  const json = parseJson(text)
  if (!json.ok) return [{ file: MANIFEST_FILE, path: '', message: json.message }]
  const checked = checkSchema(MANIFEST_FILE, json.value, manifestSchema)
  if (!checked.ok) return checked.faults
  const unread = new Set<string>()
  const texts = seasonTexts(folder, new Map(), unread)
  return checkManifest(checked.value, texts, `run "pitboard manifest ${folder}"`, unread)
}
