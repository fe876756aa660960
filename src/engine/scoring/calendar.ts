import type { RaceDef, Round, Season } from '../types.ts'

/** One race of the season with its place in calendar order (0-based `index`). */
export interface CalendarRace {
  readonly index: number
  readonly race: RaceDef
  readonly round: Round
  /**
   * The race's number as the series counts it (docs/dashboard.md#race-numbers): by race, "R8"
   * for the 8th (Carrera Cup, two races a round); by round where every round runs at most one
   * race of each type — Formula One's Grand Prix "R10", its sprint "S10".
   */
  readonly label: string
  /**
   * How the series counts its races: by `round` (Formula One: one race of each type a round, the
   * Grand Prix named by round and place) or by `race` (Carrera Cup: "race 12").
   */
  readonly numbering: 'round' | 'race'
}

/** Every race of the season in calendar order: rounds in file order, races in round order. */
export function listRaces(season: Season): ReadonlyArray<CalendarRace> {
  const byRound = season.rounds.every(
    (round) => new Set(round.races.map((race) => race.type)).size === round.races.length,
  )
  return season.rounds
    .flatMap((round) => round.races.map((race) => ({ race, round })))
    .map((entry, index) => ({
      ...entry,
      index,
      numbering: byRound ? ('round' as const) : ('race' as const),
      label: byRound
        ? // The type's initial: R10 the race (Grand Prix), S10 its sprint.
          `${entry.race.type.charAt(0).toUpperCase()}${entry.round.round}`
        : `R${index + 1}`,
    }))
}
