import type { StandingRow } from '../engine/scoring/standings.ts'
import { formatPoints } from './format-points.ts'
import type { PermutationsBoard, PermutationsBoardRow } from './permutations-board.ts'
import type { ScenarioSummary } from './scenario-summary.ts'
import { shortNameOf } from './short-name.ts'

/** A number on the clinch card with what it counts: "140", "Points left", "5 races". */
export interface CardNumber {
  readonly label: string
  readonly value: string
  /** What the label leaves to a second line: the races the points left are over. */
  readonly detail?: string
}

/** What is still to score: the scenario summary's (model/scenario-summary.ts). */
export type PointsLeft = Pick<ScenarioSummary, 'pointsLeft' | 'racesLeft' | 'racesLeftCounted'>

/**
 * The numbers behind the clinch sentence (docs/exporting.md#broadcast-graphics): the leader's
 * points, the lead over the second ("level" when they are), and what one car can still score
 * with the races it is counted over; the last only while races are left.
 */
export function clinchNumbers(
  rows: ReadonlyArray<StandingRow>,
  left: PointsLeft | null,
  isTeams: boolean,
): ReadonlyArray<CardNumber> {
  const [leader, second] = rows
  if (leader === undefined) return []
  return [
    { label: 'Points', value: formatPoints(leader.points) },
    ...(second === undefined
      ? []
      : [
          {
            label: `Lead over ${shortNameOf(second, isTeams)}`,
            value: second.gapToLeader === 0 ? 'level' : formatPoints(second.gapToLeader),
          },
        ]),
    ...(left === null || left.racesLeft === 0
      ? []
      : [
          {
            label: 'Points left',
            value: formatPoints(left.pointsLeft),
            detail: left.racesLeftCounted,
          },
        ]),
  ]
}

/**
 * The leader's line of the permutation table: the best result that clinches, as the booth's
 * board and the permutations card say it (model/permutations-board.ts), under the board's
 * headline ("Verstappen clinches in round 18, Japan, if …"); null when nothing clinches next.
 */
export function clinchLine(
  board: PermutationsBoard,
): { readonly heading: string; readonly row: PermutationsBoardRow } | null {
  const row = board.rows[0]
  return row === undefined ? null : { heading: board.headline, row }
}
