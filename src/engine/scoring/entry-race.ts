import type { ScoredRow } from './score-race.ts'

/** A team's result in one race of a teams' championship (docs/scoring-rules.md#teams). */
export interface TeamRace {
  readonly kind: 'team'
  readonly team: string
  readonly raceIndex: number
  readonly points: number
  /** `rank` method: the team's place among teams in this race; null for `sum` or no classified car. */
  readonly rank: number | null
  /** `rank` when the race counts for countback, else null; `sum` teams count their cars' places. */
  readonly countbackRank: number | null
  /** The team's cars in finishing order. */
  readonly cars: ReadonlyArray<ScoredRow>
  /** By car: whether its result made the team's score in this race. */
  readonly counted: ReadonlyArray<boolean>
}

/**
 * An entry's result in one race: a driver's is the scored row of the car they drove, a
 * team's sums up its cars.
 */
export type EntryRace = ScoredRow | TeamRace
