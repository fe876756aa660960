import { countsClass } from './eligibility.ts'
import type { ScoredRow } from './score-race.ts'
import type { ScoredRace } from './scored-race.ts'
import type { DriversChampionship } from '../types.ts'

/**
 * Calls `emit` for each eligible driver's result in one race: every driver of a car in one of
 * the championship's classes scores that car's points (their share of them, for a car with
 * `shares`); a guest car is nobody's result; `drivers`, when given, limits the
 * championship to those drivers (its `tags`, see `eligibleDrivers`).
 */
export function forEachDriverResult(
  championship: DriversChampionship,
  race: ScoredRace,
  drivers: ReadonlySet<string> | null,
  emit: (driver: string, scored: ScoredRow) => void,
): void {
  for (const scored of race.rows) {
    // A guest is no championship entry: its row is nobody's result (docs/scoring-rules.md#guests).
    if (scored.guest || !countsClass(championship, scored.class)) continue
    const shared = scored.row.shares !== undefined || scored.row.fastestLapBy !== undefined
    // A plain loop: this runs for every car of every race (docs/performance.md).
    for (let i = 0; i < scored.drivers.length; i += 1) {
      const driver = scored.drivers[i] ?? ''
      if (drivers !== null && !drivers.has(driver)) continue
      emit(driver, shared ? driverShare(scored, driver, i) : scored)
    }
  }
}

/**
 * One driver's part of a shared car's score (docs/scoring-rules.md#drivers-championships): the
 * car's points times the driver's share, except the fastest-lap bonus of `fastestLapBy`, which
 * goes whole to that driver.
 */
function driverShare(scored: ScoredRow, driver: string, index: number): ScoredRow {
  const share = scored.row.shares?.[index] ?? 1
  const by = scored.row.fastestLapBy
  const fastestLap = by === undefined ? scored.fastestLap : by === driver
  const fastestLapPoints =
    by === undefined ? scored.fastestLapPoints * share : fastestLap ? scored.fastestLapPoints : 0
  const positionPoints = scored.positionPoints * share
  const polePoints = scored.polePoints * share
  const penaltyPoints = scored.penaltyPoints * share
  return {
    ...scored,
    fastestLap,
    positionPoints,
    polePoints,
    fastestLapPoints,
    penaltyPoints,
    points: positionPoints + polePoints + fastestLapPoints - penaltyPoints,
  }
}
