import { bestResult } from '../engine/scenario-rules.ts'
import type { ChampionshipScenarios, ScenarioRow } from '../engine/scenarios.ts'
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
  readonly racesLeft: number
  /** The most one car can still score, every remaining race together. */
  readonly pointsLeft: number
}

export function scenarioSummary(
  scenarios: ChampionshipScenarios,
  outlook: Outlook | null,
): ScenarioSummary {
  const { rules, remaining } = scenarios
  const oneCar = { kind: 'free' } as const
  return {
    rows: scenarios.rows,
    outlook,
    racesLeft: remaining.length,
    pointsLeft: remaining.reduce((sum, race) => sum + bestResult(rules, race, oneCar).points, 0),
  }
}
