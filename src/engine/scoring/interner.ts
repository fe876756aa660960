import type { Season } from '../types.ts'

/**
 * Maps the ids in result rows to the season's own string instances (docs/performance.md).
 * Every row parsed from JSON carries its own copy of each id; looking each one up once, when
 * the race is scored, makes every later lookup (one per championship) hit a string whose hash
 * is already known, and lets single-driver cars share one drivers list per driver.
 */
export interface Interner {
  readonly id: (value: string) => string
  readonly ids: (values: ReadonlyArray<string>) => ReadonlyArray<string>
}

export function makeInterner(season: Season): Interner {
  const known = new Map<string, string>()
  for (const item of [...season.classes, ...season.drivers, ...season.teams])
    known.set(item.id, item.id)
  const singles = new Map<string, ReadonlyArray<string>>()
  const id = (value: string): string => known.get(value) ?? value
  const ids = (values: ReadonlyArray<string>): ReadonlyArray<string> => {
    if (values.length !== 1) return values.map(id)
    const only = id(values[0] ?? '')
    let list = singles.get(only)
    if (list === undefined) {
      list = [only]
      singles.set(only, list)
    }
    return list
  }
  return { id, ids }
}

/** No interning: ids are used as they come. */
export const asIs: Interner = { id: (value) => value, ids: (values) => values }
