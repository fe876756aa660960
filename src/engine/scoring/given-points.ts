import type { GivenPoints } from '../types.ts'

/** The parts of a row's score (score-race.ts `ScoredRow` carries them). */
export interface ScoreParts {
  /** Table points for `place`, before the race's multiplier (a `given` row: its race points). */
  readonly tablePoints: number
  /** The race's multiplier; 1 for a `given` row (its points are final). */
  readonly multiplier: number
  /** `tablePoints × multiplier`. */
  readonly positionPoints: number
  readonly polePoints: number
  readonly fastestLapPoints: number
  readonly penaltyPoints: number
}

/**
 * The score of a row whose points an official sheet gives (docs/scoring-rules.md#given-points):
 * as given and final — no points table, no multiplier, no bonus condition.
 */
export function givenScore(given: GivenPoints): ScoreParts {
  return {
    tablePoints: given.race,
    multiplier: 1,
    positionPoints: given.race,
    polePoints: given.pole ?? 0,
    fastestLapPoints: given.fastestLap ?? 0,
    penaltyPoints: given.penalty ?? 0,
  }
}
