import type { ScoredRow } from './score-race.ts'

/** A driver's result in one race of a drivers' championship: the car's scored row. */
export interface DriverRace {
  readonly kind: 'driver'
  readonly entry: string
  readonly raceIndex: number
  readonly points: number
  /** The place countback counts, or null (not classified, or a race type countback skips). */
  readonly countbackPlace: number | null
  readonly scored: ScoredRow
}

export interface TeamCar {
  readonly scored: ScoredRow
  /** Whether this car's result made the team's score in this race. */
  readonly counted: boolean
}

/** A team's result in one race of a teams' championship (docs/scoring-rules.md#teams). */
export interface TeamRace {
  readonly kind: 'team'
  readonly entry: string
  readonly raceIndex: number
  readonly points: number
  /** `rank` method: the team's place among teams in this race; null for `sum`. */
  readonly rank: number | null
  readonly countbackPlaces: ReadonlyArray<number>
  readonly cars: ReadonlyArray<TeamCar>
}

export type EntryRace = DriverRace | TeamRace
