import { listRaces, type CalendarRace } from './calendar.ts'
import { makeInterner } from './interner.ts'
import { computeProgression, type ChampionshipProgression } from './progression.ts'
import { toRaceState, type RaceState } from './race-state.ts'
import { ruleOf, scoredFor, toScoredRace, type ScoredRace } from './scored-race.ts'
import type { RaceFile, Season } from '../types.ts'

/** Every championship of a season, after every scored race. */
export interface SeasonStandings {
  readonly season: Season
  readonly calendar: ReadonlyArray<CalendarRace>
  /** One per calendar race, in calendar order. */
  readonly races: ReadonlyArray<RaceState>
  /** The races that count, in calendar order; progression step i is "after scored[i]". */
  readonly scored: ReadonlyArray<ScoredRace>
  readonly championships: ReadonlyArray<ChampionshipProgression>
}

/**
 * Scores each race once and builds every championship's progression from those scores
 * (docs/scoring-rules.md). `files` maps race ids to validated results or to the reason a file
 * was rejected; a race missing from the map has no results yet.
 */
export function computeSeasonStandings(
  season: Season,
  files: ReadonlyMap<string, RaceFile>,
): SeasonStandings {
  const calendar = listRaces(season)
  const races = calendar.map((race) =>
    toRaceState(race, files.get(race.race.id), ruleOf(season, race.race.type) !== undefined),
  )
  const intern = makeInterner(season)
  const scored = races.flatMap((state) => {
    const rule = ruleOf(season, state.race.race.type)
    return state.kind === 'scored' && rule !== undefined
      ? [toScoredRace(state.race, rule, state.results, intern)]
      : []
  })
  const raceIndexById = new Map(calendar.map((race) => [race.race.id, race.index]))
  const championships = season.championships.map((championship) =>
    computeProgression(
      season,
      championship,
      scoredFor(season, championship, scored, intern),
      raceIndexById,
    ),
  )
  return { season, calendar, races, scored, championships }
}
