import { z } from 'zod/mini'
import type { Driver, RaceResults, Team } from '../engine/types.ts'
import { checkSchema } from './check-schema.ts'
import { resultsSchema } from './results-schema.ts'
import { idSchema } from './season-schema.ts'

/**
 * Results imported in this browser (docs/importing.md#in-the-browser): kept in localStorage per
 * season folder until cleared, never sent anywhere. Read back through the same validation as any
 * result file; a corrupt entry is dropped with a message, not half-used.
 */
export interface LocalImports {
  readonly races: ReadonlyMap<string, { readonly results: RaceResults; readonly file: string }>
  readonly drivers: ReadonlyArray<Driver>
  readonly teams: ReadonlyArray<Team>
  readonly problems: ReadonlyArray<string>
}

const EMPTY: LocalImports = { races: new Map(), drivers: [], teams: [], problems: [] }
const CHANGED = 'pitboard:local-imports'
const key = (path: string) => `pitboard-imports:${path}`

const storedSchema = z.object({
  races: z.record(idSchema, z.object({ file: z.string(), results: z.unknown() })),
  drivers: z.array(z.object({ id: idSchema, name: z.string(), country: z.optional(z.string()) })),
  teams: z.array(z.object({ id: idSchema, name: z.string() })),
})

const cache = new Map<string, { readonly text: string | null; readonly value: LocalImports }>()

function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

/** The imports of one season folder; the same object while the stored text is unchanged. */
export function readLocalImports(path: string): LocalImports {
  const text = storage()?.getItem(key(path)) ?? null
  const cached = cache.get(path)
  if (cached !== undefined && cached.text === text) return cached.value
  const value = text === null ? EMPTY : parseStored(text)
  cache.set(path, { text, value })
  return value
}

function parseStored(text: string): LocalImports {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return {
      ...EMPTY,
      problems: ['the results imported in this browser could not be read and are ignored'],
    }
  }
  const stored = checkSchema('imported results', json, storedSchema)
  if (!stored.ok)
    return {
      ...EMPTY,
      problems: ['the results imported in this browser could not be read and are ignored'],
    }
  const problems: Array<string> = []
  const races = new Map<string, { results: RaceResults; file: string }>()
  for (const [race, entry] of Object.entries(stored.value.races)) {
    const results = checkSchema(entry.file, entry.results, resultsSchema)
    if (results.ok) races.set(race, { results: results.value, file: entry.file })
    else problems.push(`${entry.file}: the imported copy is damaged and is ignored`)
  }
  return { races, drivers: stored.value.drivers, teams: stored.value.teams, problems }
}

/**
 * Keeps the imports in this browser; the reason in words when it cannot (storage refused or
 * full), so the reader keeps the review open and can download the file instead. Nothing is
 * written on a failure: what was kept before stays as it was.
 */
function write(path: string, value: Omit<LocalImports, 'problems'>): string | null {
  const store = storage()
  if (store === null)
    return 'This browser does not let the site keep data (private browsing or a setting): download the result file instead.'
  try {
    if (value.races.size === 0) store.removeItem(key(path))
    else
      store.setItem(
        key(path),
        JSON.stringify({
          races: Object.fromEntries(value.races),
          drivers: value.drivers,
          teams: value.teams,
        }),
      )
  } catch (error) {
    const full = error instanceof DOMException && error.name === 'QuotaExceededError'
    return full
      ? "This browser's storage for the site is full: download the result file instead, or remove races kept earlier."
      : `The result could not be kept in this browser (${error instanceof Error ? error.message : String(error)}): download the result file instead.`
  }
  window.dispatchEvent(new Event(CHANGED))
  return null
}

export function saveLocalImport(
  path: string,
  race: string,
  imported: {
    readonly results: RaceResults
    readonly file: string
    readonly drivers: ReadonlyArray<Driver>
    readonly teams: ReadonlyArray<Team>
  },
): string | null {
  const current = readLocalImports(path)
  const races = new Map(current.races)
  races.set(race, { results: imported.results, file: imported.file })
  const known = new Set(current.drivers.map((d) => d.id))
  const knownTeams = new Set(current.teams.map((t) => t.id))
  return write(path, {
    races,
    drivers: [...current.drivers, ...imported.drivers.filter((d) => !known.has(d.id))],
    teams: [...current.teams, ...imported.teams.filter((t) => !knownTeams.has(t.id))],
  })
}

export function removeLocalImport(path: string, race: string): void {
  const current = readLocalImports(path)
  const races = new Map(current.races)
  races.delete(race)
  write(path, { ...current, races })
}

export function subscribeLocalImports(onChange: () => void): () => void {
  window.addEventListener(CHANGED, onChange)
  window.addEventListener('storage', onChange)
  return () => {
    window.removeEventListener(CHANGED, onChange)
    window.removeEventListener('storage', onChange)
  }
}
