import { countsClass } from './eligibility.ts'
import type { ScoredRow } from './score-race.ts'
import type { ScoredRace } from './scored-race.ts'
import type { DriversChampionship } from './types.ts'

/**
 * Calls `emit` for each eligible driver's result in one race: every driver of a car in one of
 * the championship's classes scores that car's points; `drivers`, when given, limits the
 * championship to those drivers (its `tags`, see `eligibleDrivers`).
 */
export function forEachDriverResult(
  championship: DriversChampionship,
  race: ScoredRace,
  drivers: ReadonlySet<string> | null,
  emit: (driver: string, scored: ScoredRow) => void,
): void {
  for (const scored of race.rows) {
    if (!countsClass(championship, scored.class)) continue
    for (const driver of scored.drivers) {
      if (drivers === null || drivers.has(driver)) emit(driver, scored)
    }
  }
}
