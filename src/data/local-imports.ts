import { z } from 'zod/mini'
import type { Driver, RaceResults, Team } from '../engine/types.ts'
import { checkSchema } from './check-schema.ts'
import { describeValue } from './fault.ts'
import { backupKey, key, storage } from './local-imports-store.ts'
import { resultsSchema } from './results-schema.ts'
import { idSchema } from './season-schema.ts'

/**
 * Results imported in this browser (docs/importing.md#in-the-browser): kept in localStorage per
 * season folder until cleared, never sent anywhere. Read back through the same validation as any
 * result file; a damaged entry is left out with a message, never half-used, and never erased:
 * the next write keeps it as it was (or, when the whole text is unreadable, copies the text to
 * `<key>:damaged` first). Writing is in keep-local-imports.ts, loaded when a race is first kept
 * or removed: most visits only read. This reader loads only when the browser keeps something
 * for the season (local-imports-store.ts): most visits never read.
 */
export interface LocalImports {
  readonly races: ReadonlyMap<string, { readonly results: RaceResults; readonly file: string }>
  readonly drivers: ReadonlyArray<Driver>
  readonly teams: ReadonlyArray<Team>
  readonly problems: ReadonlyArray<string>
}

/** What was read and could not be used, kept as it was for the next write. */
export interface Damaged {
  /** A map, not an object: a race id may be `__proto__` (any id the contract allows). */
  readonly races: ReadonlyMap<string, unknown>
  readonly drivers: ReadonlyArray<unknown>
  readonly teams: ReadonlyArray<unknown>
  /** The whole stored text, when it is not an object with `races`. */
  readonly text: string | null
}

/** What was read, with what could not be used (for the writer, keep-local-imports.ts). */
export type Stored = LocalImports & { readonly damaged: Damaged }

const NOTHING_DAMAGED: Damaged = { races: new Map(), drivers: [], teams: [], text: null }
const EMPTY: Stored = {
  races: new Map(),
  drivers: [],
  teams: [],
  problems: [],
  damaged: NOTHING_DAMAGED,
}

const entrySchema = z.object({ file: z.string(), results: z.unknown() })
const storedDriver = z.object({ id: idSchema, name: z.string(), country: z.optional(z.string()) })
const storedTeam = z.object({ id: idSchema, name: z.string() })

const cache = new Map<string, { readonly text: string | null; readonly value: Stored }>()

/** The imports of one season folder; the same object while the stored text is unchanged. */
export function readLocalImports(path: string): LocalImports {
  return readStored(path)
}

export function readStored(path: string): Stored {
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
