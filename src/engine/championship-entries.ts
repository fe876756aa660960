import { driverRacesOf } from './driver-races.ts'
import { countsRace } from './eligibility.ts'
import type { EntryRace } from './entry-race.ts'
import type { ScoredRace } from './scored-race.ts'
import { teamRacesOf } from './team-races.ts'
import type { Adjustment, Championship, Season } from './types.ts'

/** An adjustment placed on the calendar: it counts from the standings after `raceIndex`. */
export interface PlacedAdjustment {
  readonly adjustment: Adjustment
  readonly raceIndex: number
}

/** A driver or team in one championship, with its results in calendar order. */
export interface Entry {
  readonly id: string
  readonly name: string
  readonly races: ReadonlyArray<EntryRace>
  readonly adjustments: ReadonlyArray<PlacedAdjustment>
}

export interface ChampionshipEntries {
  readonly entries: ReadonlyArray<Entry>
  /** Per scored race (same order as the input), each entry's result as [entry index, race]. */
  readonly byRace: ReadonlyArray<ReadonlyArray<readonly [number, EntryRace]>>
  /** Adjustments in calendar order, with their entry index. */
  readonly adjustments: ReadonlyArray<readonly [number, PlacedAdjustment]>
}

/**
 * Finds every entry of a championship and its result in each scored race, numbering entries
 * in order of first appearance. Each race is read once.
 */
export function collectEntries(
  season: Season,
  championship: Championship,
  races: ReadonlyArray<ScoredRace>,
  raceIndexById: ReadonlyMap<string, number>,
): ChampionshipEntries {
  const drivers = new Map(season.drivers.map((driver) => [driver.id, driver]))
  const names =
    championship.kind === 'drivers'
      ? new Map(season.drivers.map((d) => [d.id, d.name]))
      : new Map(season.teams.map((t) => [t.id, t.name]))
  const index = new Map<string, number>()
  const entries: Array<{
    id: string
    name: string
    races: Array<EntryRace>
    adjustments: Array<PlacedAdjustment>
  }> = []
  const indexOf = (id: string): number => {
    const known = index.get(id)
    if (known !== undefined) return known
    index.set(id, entries.length)
    entries.push({ id, name: names.get(id) ?? id, races: [], adjustments: [] })
    return entries.length - 1
  }

  const byRace = races.map((race) => {
    if (!countsRace(championship, race.race.race.id)) return []
    const results =
      championship.kind === 'drivers'
        ? driverRacesOf(championship, race, drivers)
        : teamRacesOf(championship, race)
    return results.map((result): readonly [number, EntryRace] => {
      const entry = indexOf(result.entry)
      entries[entry]?.races.push(result)
      return [entry, result]
    })
  })

  const adjustments = (season.adjustments ?? [])
    .filter((adjustment) => adjustment.championship === championship.id)
    .map((adjustment): PlacedAdjustment => ({
      adjustment,
      raceIndex: raceIndexById.get(adjustment.afterRace) ?? Number.POSITIVE_INFINITY,
    }))
    .filter((placed) =>
      championship.kind === 'drivers' ? placed.adjustment.driver : placed.adjustment.team,
    )
    .toSorted((a, b) => a.raceIndex - b.raceIndex)
    .map((placed): readonly [number, PlacedAdjustment] => {
      const id = placed.adjustment.driver ?? placed.adjustment.team ?? ''
      const entry = indexOf(id)
      entries[entry]?.adjustments.push(placed)
      return [entry, placed]
    })

  return { entries, byRace, adjustments }
}
