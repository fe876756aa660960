import { bestResult } from '../engine/scenarios/scenario-rules.ts'
import type { ChampionshipScenarios, ScenarioRow } from '../engine/scenarios/scenarios.ts'
import { formatPoints } from './format-points.ts'
import { countRaces } from './race-name.ts'
import type { PermutationsView } from './permutations-view.ts'
import type { Outlook } from './title-outlook.ts'

/**
 * The scenarios of one championship after one race as plain data (docs/scoring-rules.md#scenarios):
 * what the standings columns, the booth, the cards and the command-line tool read. Plain, so it
 * can be computed in a Web Worker and posted back.
 */
export interface ScenarioSummary {
  /** By entry id, for every row of the table. */
  readonly rows: ReadonlyArray<ScenarioRow>
  readonly outlook: Outlook | null
  /** The championship permutations of the next race (null: title settled, or no race left). */
  readonly permutations: PermutationsView | null
  readonly racesLeft: number
  /** The races left counted as the series counts them: "5 races", "4 Grands Prix and 1 sprint". */
  readonly racesLeftCounted: string
  /** The most one car can still score, every remaining race together. */
  readonly pointsLeft: number
}

export function scenarioSummary(
  scenarios: ChampionshipScenarios,
  outlook: Outlook | null,
  permutations: PermutationsView | null = null,
): ScenarioSummary {
  const { rules, remaining } = scenarios
  const oneCar = { kind: 'free' } as const
  return {
    rows: scenarios.rows,
    outlook,
    permutations,
    racesLeft: remaining.length,
    racesLeftCounted: countRaces(remaining.map((race) => race.race)),
    pointsLeft: remaining.reduce((sum, race) => sum + bestResult(rules, race, oneCar).points, 0),
  }
}

/**
 * What is left to score, in one sentence: "140 points still available to one driver (5 races).",
 * "Season complete." once nothing is.
 */
export function pointsLeftSentence(summary: ScenarioSummary): string {
  return summary.racesLeft === 0
    ? 'Season complete.'
    : `${formatPoints(summary.pointsLeft)} points still available to one driver (${summary.racesLeftCounted}).`
}
