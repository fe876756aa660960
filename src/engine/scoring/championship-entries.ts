import { forEachDriverResult } from './driver-races.ts'
import { countsRace, eligibleDrivers } from './eligibility.ts'
import type { EntryRace } from './entry-race.ts'
import type { ScoredRace } from './scored-race.ts'
import { teamRacesOf } from './team-races.ts'
import type { Adjustment, Championship, Season } from '../types.ts'

/** An adjustment placed on the calendar: it counts from the standings after `raceIndex`. */
export interface PlacedAdjustment {
  readonly adjustment: Adjustment
  readonly raceIndex: number
}

/** A driver or team in one championship, with its results in calendar order. */
export interface Entry {
  readonly id: string
  readonly name: string
  /**
   * The name a sentence uses, where the words of `name` cannot give it: a driver's short name as
   * the data gives it (types.ts `Driver`), a team's whole name ("JDX Racing", never "Racing").
   */
  readonly shortName?: string
  readonly races: ReadonlyArray<EntryRace>
  readonly adjustments: ReadonlyArray<PlacedAdjustment>
}

/** Per scored race: which entries scored (by number) and their results, side by side. */
export interface RaceEntries {
  readonly entries: ReadonlyArray<number>
  readonly results: ReadonlyArray<EntryRace>
}

export interface ChampionshipEntries {
  readonly entries: ReadonlyArray<Entry>
  /** One per scored race, in the order given. */
  readonly byRace: ReadonlyArray<RaceEntries>
  /** Adjustments in calendar order, with their entry number. */
  readonly adjustments: ReadonlyArray<{ readonly entry: number; readonly placed: PlacedAdjustment }>
  /** Entries excluded from the championship, with the calendar index they leave the table at. */
  readonly exclusions: ReadonlyArray<{ readonly entry: number; readonly raceIndex: number }>
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
  const drivers = eligibleDrivers(championship, season.drivers)
  const named = new Map<string, { readonly name: string; readonly shortName?: string }>(
    championship.kind === 'drivers'
      ? season.drivers.map((d) => [d.id, d])
      : season.teams.map((t) => [t.id, t]),
  )
  const index = new Map<string, number>()
  const entries: Array<{
    id: string
    name: string
    shortName?: string
    races: Array<EntryRace>
    adjustments: Array<PlacedAdjustment>
  }> = []
  const indexOf = (id: string): number => {
    const known = index.get(id)
    if (known !== undefined) return known
    index.set(id, entries.length)
    const source = named.get(id)
    const shortName = championship.kind === 'drivers' ? source?.shortName : (source?.name ?? id)
    entries.push({
      id,
      name: source?.name ?? id,
      ...(shortName === undefined ? {} : { shortName }),
      races: [],
      adjustments: [],
    })
    return entries.length - 1
  }

  const byRace = races.map((race): RaceEntries => {
    const raceEntries: Array<number> = []
    const results: Array<EntryRace> = []
    const add = (id: string, result: EntryRace) => {
      const entry = indexOf(id)
      entries[entry]?.races.push(result)
      raceEntries.push(entry)
      results.push(result)
    }
    if (!countsRace(championship, race.race.race.id)) return { entries: raceEntries, results }
    if (championship.kind === 'drivers') forEachDriverResult(championship, race, drivers, add)
    else for (const team of teamRacesOf(championship, race)) add(team.team, team)
    return { entries: raceEntries, results }
  })

  const adjustments = (season.adjustments ?? [])
    .filter((adjustment) => adjustment.championship === championship.id)
    .flatMap((adjustment) => {
      const id = championship.kind === 'drivers' ? adjustment.driver : adjustment.team
      const raceIndex = raceIndexById.get(adjustment.afterRace) ?? Number.POSITIVE_INFINITY
      return id === undefined ? [] : [{ id, placed: { adjustment, raceIndex } }]
    })
    .toSorted((a, b) => a.placed.raceIndex - b.placed.raceIndex)
    .map(({ id, placed }) => {
      const entry = indexOf(id)
      entries[entry]?.adjustments.push(placed)
      return { entry, placed }
    })

  // Exclusions of entries that appear, in calendar order (from the start: -Infinity).
  const exclusions = (championship.excluded ?? [])
    .flatMap((exclusion) => {
      const entry = index.get(exclusion.id)
      const raceIndex =
        exclusion.afterRace === undefined
          ? Number.NEGATIVE_INFINITY
          : (raceIndexById.get(exclusion.afterRace) ?? Number.POSITIVE_INFINITY)
      return entry === undefined ? [] : [{ entry, raceIndex }]
    })
    .toSorted((a, b) => a.raceIndex - b.raceIndex)

  return { entries, byRace, adjustments, exclusions }
}
