import type { DriverRace } from './entry-race.ts'
import { countsClass, countsDriver } from './eligibility.ts'
import type { ScoredRace } from './scored-race.ts'
import type { Driver, DriversChampionship } from './types.ts'

/**
 * Each eligible driver's result in one race: every driver of a car in one of the
 * championship's classes (carrying one of its tags, if any) scores that car's points.
 */
export function driverRacesOf(
  championship: DriversChampionship,
  race: ScoredRace,
  drivers: ReadonlyMap<string, Driver>,
): ReadonlyArray<DriverRace> {
  const out: Array<DriverRace> = []
  for (const scored of race.rows) {
    if (!countsClass(championship, scored.row)) continue
    const countbackPlace = race.countsForCountback ? scored.place : null
    for (const driver of scored.row.drivers) {
      if (!countsDriver(championship, drivers.get(driver))) continue
      out.push({
        kind: 'driver',
        entry: driver,
        raceIndex: race.race.index,
        points: scored.points,
        countbackPlace,
        scored,
      })
    }
  }
  return out
}
