import type { RaceDef, Round, Season } from './types.ts'

/** One race of the season with its place in calendar order (0-based `index`). */
export interface CalendarRace {
  readonly index: number
  readonly race: RaceDef
  readonly round: Round
}

/** Every race of the season in calendar order: rounds in file order, races in round order. */
export function listRaces(season: Season): ReadonlyArray<CalendarRace> {
  return season.rounds
    .flatMap((round) => round.races.map((race) => ({ race, round })))
    .map((entry, index) => ({ ...entry, index }))
}
