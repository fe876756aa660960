import type { Championship, Driver, ResultRow } from './types.ts'

/** Whether a championship counts this race: all races unless it lists its own. */
export function countsRace(championship: Championship, raceId: string): boolean {
  return championship.races === undefined || championship.races.includes(raceId)
}

/** Whether a car's class is one the championship scores: all classes unless it lists some. */
export function countsClass(championship: Championship, row: ResultRow): boolean {
  return championship.classes === undefined || championship.classes.includes(row.class)
}

/** Whether a driver belongs to a drivers' championship filtered by `tags` (any one of them). */
export function countsDriver(championship: Championship, driver: Driver | undefined): boolean {
  if (championship.kind !== 'drivers' || championship.tags === undefined) return true
  const tags = driver?.tags ?? []
  return championship.tags.some((tag) => tags.includes(tag))
}
