import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkManifest } from '../data/check-manifest.ts'
import { checkSchema } from '../data/check-schema.ts'
import { contentVersion } from '../data/content-version.ts'
import type { Fault } from '../data/fault.ts'
import { MANIFEST_FILE, manifestSchema, type Manifest } from '../data/manifest-schema.ts'
import { parseJson } from '../data/parse-json.ts'
import { UsageError } from './parse-args.ts'
import { writeFileAtomic } from './write-atomic.ts'

/** The files of a season folder that exist: season.json and each result file it names. */
export function seasonTexts(folder: string): ReadonlyMap<string, string> {
  const texts = new Map<string, string>()
  const read = (path: string) => {
    try {
      texts.set(path, readFileSync(join(folder, path), 'utf8'))
    } catch {
      // Not there (yet): not listed.
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
    text = readFileSync(join(folder, MANIFEST_FILE), 'utf8')
  } catch {
    return null
  }
  const json = parseJson(text)
  const checked = json.ok ? checkSchema(MANIFEST_FILE, json.value, manifestSchema) : null
  return checked?.ok === true ? checked.value : null
}

/**
 * Writes `manifest.json` for a season folder (docs/data-format.md#the-manifest), atomically,
 * after the files it lists have been written. Unchanged files keep their versions and an
 * unchanged folder keeps its manifest byte for byte. Returns the paths whose version changed.
 */
export function writeSeasonManifest(folder: string, now: Date = new Date()): ReadonlyArray<string> {
  const texts = seasonTexts(folder)
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
  if (before !== null && changed.length === 0 && removed.length === 0) return []
  const manifest: Manifest = {
    format: 'pitboard-manifest/1',
    updatedAt: now.toISOString().replace(/\.\d+Z$/, 'Z'),
    files,
  }
  writeFileAtomic(join(folder, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`)
  return [...changed, ...removed]
}

/** The faults of a folder's manifest, if it has one (`pitboard validate`). */
export function manifestFaults(folder: string): ReadonlyArray<Fault> {
  let text: string
  try {
    text = readFileSync(join(folder, MANIFEST_FILE), 'utf8')
  } catch {
    return []
  }
  const json = parseJson(text)
  if (!json.ok) return [{ file: MANIFEST_FILE, path: '', message: json.message }]
  const checked = checkSchema(MANIFEST_FILE, json.value, manifestSchema)
  if (!checked.ok) return checked.faults
  return checkManifest(checked.value, seasonTexts(folder), `run "pitboard manifest ${folder}"`)
}
