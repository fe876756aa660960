import { z } from 'zod/mini'
import type { Driver, RaceResults, Team } from '../engine/types.ts'
import { checkSchema } from './check-schema.ts'
import { describeValue } from './fault.ts'
import { resultsSchema } from './results-schema.ts'
import { idSchema } from './season-schema.ts'

/**
 * Results imported in this browser (docs/importing.md#in-the-browser): kept in localStorage per
 * season folder until cleared, never sent anywhere. Read back through the same validation as any
 * result file; a damaged entry is left out with a message, never half-used, and never erased:
 * the next write keeps it as it was (or, when the whole text is unreadable, copies the text to
 * `<key>:damaged` first).
 */
export interface LocalImports {
  readonly races: ReadonlyMap<string, { readonly results: RaceResults; readonly file: string }>
  readonly drivers: ReadonlyArray<Driver>
  readonly teams: ReadonlyArray<Team>
  readonly problems: ReadonlyArray<string>
}

/** What was read and could not be used, kept as it was for the next write. */
interface Damaged {
  /** A map, not an object: a race id may be `__proto__` (any id the contract allows). */
  readonly races: ReadonlyMap<string, unknown>
  readonly drivers: ReadonlyArray<unknown>
  readonly teams: ReadonlyArray<unknown>
  /** The whole stored text, when it is not an object with `races`. */
  readonly text: string | null
}

type Stored = LocalImports & { readonly damaged: Damaged }

const NOTHING_DAMAGED: Damaged = { races: new Map(), drivers: [], teams: [], text: null }
const EMPTY: Stored = {
  races: new Map(),
  drivers: [],
  teams: [],
  problems: [],
  damaged: NOTHING_DAMAGED,
}
const CHANGED = 'pitboard:local-imports'
const key = (path: string) => `pitboard-imports:${path}`
const backupKey = (path: string) => `${key(path)}:damaged`

const entrySchema = z.object({ file: z.string(), results: z.unknown() })
const storedDriver = z.object({ id: idSchema, name: z.string(), country: z.optional(z.string()) })
const storedTeam = z.object({ id: idSchema, name: z.string() })

const cache = new Map<string, { readonly text: string | null; readonly value: Stored }>()

function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

/** The imports of one season folder; the same object while the stored text is unchanged. */
export function readLocalImports(path: string): LocalImports {
  return readStored(path)
}

function readStored(path: string): Stored {
  const text = storage()?.getItem(key(path)) ?? null
  const cached = cache.get(path)
  if (cached !== undefined && cached.text === text) return cached.value
  const value = text === null ? EMPTY : parseStored(text, backupKey(path))
  cache.set(path, { text, value })
  return value
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/** Each part on its own: one damaged race or driver never costs the others. */
function parseStored(text: string, backup: string): Stored {
  let json: unknown = null
  try {
    json = JSON.parse(text)
  } catch {
    // Left as null: reported below with the whole text kept.
  }
  if (!isRecord(json) || !isRecord(json.races))
    return {
      ...EMPTY,
      problems: [
        `the results imported in this browser could not be read and are ignored (a copy is kept in this browser's storage as ${backup})`,
      ],
      damaged: { ...NOTHING_DAMAGED, text },
    }
  const problems: Array<string> = []
  const races = new Map<string, { results: RaceResults; file: string }>()
  const damagedRaces = new Map<string, unknown>()
  for (const [race, entry] of Object.entries(json.races)) {
    const shape = idSchema.safeParse(race).success ? entrySchema.safeParse(entry) : null
    const results = shape?.success
      ? checkSchema(shape.data.file, shape.data.results, resultsSchema)
      : null
    if (shape?.success && results?.ok)
      races.set(race, { results: results.value, file: shape.data.file })
    else {
      damagedRaces.set(race, entry)
      problems.push(
        `${describeValue(shape?.success ? shape.data.file : race)}: the imported copy is damaged and is ignored (kept as it was)`,
      )
    }
  }
  const split = <T>(list: unknown, schema: z.ZodMiniType<T>) => {
    const good: Array<T> = []
    const bad: Array<unknown> = []
    for (const item of Array.isArray(list) ? list : []) {
      const parsed = schema.safeParse(item)
      if (parsed.success) good.push(parsed.data)
      else bad.push(item)
    }
    return { good, bad }
  }
  const drivers = split(json.drivers, storedDriver)
  const teams = split(json.teams, storedTeam)
  const bad = drivers.bad.length + teams.bad.length
  if (bad > 0)
    problems.push(
      `${bad} damaged new ${bad === 1 ? 'entry is' : 'entries are'} ignored (kept as ${bad === 1 ? 'it was' : 'they were'})`,
    )
  return {
    races,
    drivers: drivers.good,
    teams: teams.good,
    problems,
    damaged: { races: damagedRaces, drivers: drivers.bad, teams: teams.bad, text: null },
  }
}

/** The texts set aside so far: a list of strings, or whatever else is there, kept too. */
function copiesIn(text: string | null): ReadonlyArray<unknown> {
  if (text === null) return []
  try {
    const value: unknown = JSON.parse(text)
    return Array.isArray(value) ? value.map((item): unknown => item) : [text]
  } catch {
    return [text]
  }
}

/**
 * Keeps the imports in this browser; the reason in words when it cannot (storage refused or
 * full), so the reader keeps the review open and can download the file instead. Nothing is
 * written on a failure: what was kept before stays as it was. Damaged entries are written back
 * as they were; an unreadable text is copied aside before it is replaced.
 */
function write(
  path: string,
  value: Omit<LocalImports, 'problems'>,
  damaged: Damaged,
  replaced: string,
): string | null {
  const store = storage()
  if (store === null)
    return 'This browser does not let the site keep data (private browsing or a setting): download the result file instead.'
  try {
    if (damaged.text !== null) {
      const copies = copiesIn(store.getItem(backupKey(path)))
      if (!copies.includes(damaged.text))
        store.setItem(backupKey(path), JSON.stringify([...copies, damaged.text]))
    }
    const keptRaces = Object.fromEntries([...damaged.races].filter(([race]) => race !== replaced))
    if (value.races.size === 0 && Object.keys(keptRaces).length === 0) store.removeItem(key(path))
    else
      store.setItem(
        key(path),
        JSON.stringify({
          races: { ...keptRaces, ...Object.fromEntries(value.races) },
          drivers: [...value.drivers, ...damaged.drivers],
          teams: [...value.teams, ...damaged.teams],
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
  const current = readStored(path)
  const races = new Map(current.races)
  races.set(race, { results: imported.results, file: imported.file })
  const known = new Set(current.drivers.map((d) => d.id))
  const knownTeams = new Set(current.teams.map((t) => t.id))
  return write(
    path,
    {
      races,
      drivers: [...current.drivers, ...imported.drivers.filter((d) => !known.has(d.id))],
      teams: [...current.teams, ...imported.teams.filter((t) => !knownTeams.has(t.id))],
    },
    current.damaged,
    race,
  )
}

/** Removes one race; asked for by name, a damaged copy of it goes too. */
export function removeLocalImport(path: string, race: string): void {
  const current = readStored(path)
  const races = new Map(current.races)
  races.delete(race)
  write(path, { ...current, races }, current.damaged, race)
}

export function subscribeLocalImports(onChange: () => void): () => void {
  window.addEventListener(CHANGED, onChange)
  window.addEventListener('storage', onChange)
  return () => {
    window.removeEventListener(CHANGED, onChange)
    window.removeEventListener('storage', onChange)
  }
}
