import type { Championship, Driver } from '../types.ts'

const raceSets = new WeakMap<Championship, ReadonlySet<string>>()

/** Whether a championship counts this race: all races unless it lists its own. */
export function countsRace(championship: Championship, raceId: string): boolean {
  const races = championship.races
  if (races === undefined) return true
  // A set per championship, made once: a championship that lists its races is asked per race.
  let set = raceSets.get(championship)
  if (set === undefined) {
    set = new Set(races)
    raceSets.set(championship, set)
  }
  return set.has(raceId)
}

/** Whether a car's class is one the championship scores: all classes unless it lists some. */
export function countsClass(championship: Championship, classId: string): boolean {
  return championship.classes === undefined || championship.classes.includes(classId)
}

const excludedSets = new WeakMap<Championship, ReadonlySet<string>>()

/** The entries excluded from a championship (docs/scoring-rules.md#exclusion), made once. */
export function excludedIds(championship: Championship): ReadonlySet<string> {
  let set = excludedSets.get(championship)
  if (set === undefined) {
    set = new Set((championship.excluded ?? []).map((e) => e.id))
    excludedSets.set(championship, set)
  }
  return set
}

/**
 * The drivers a drivers' championship filtered by `tags` is for (any one tag), or null when it
 * is open to every driver.
 */
export function eligibleDrivers(
  championship: Championship,
  drivers: ReadonlyArray<Driver>,
): ReadonlySet<string> | null {
  if (championship.kind !== 'drivers' || championship.tags === undefined) return null
  const tags = championship.tags
  return new Set(
    drivers
      .filter((driver) => (driver.tags ?? []).some((tag) => tags.includes(tag)))
      .map((d) => d.id),
  )
}
