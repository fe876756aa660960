import { bestResult } from '../engine/scenarios/scenario-rules.ts'
import type { ChampionshipScenarios, ScenarioRow } from '../engine/scenarios/scenarios.ts'
import { pointsText } from './format-points.ts'
import { countRaces } from './race-name.ts'
import type { Outlook } from './title-outlook.ts'

/**
 * The scenarios of one championship after one race as plain data (docs/scoring-rules.md#scenarios):
 * what the standings columns, the booth, the cards and the command-line tool read. Plain, so it
 * can be computed in a Web Worker and posted back. The next race's permutations are asked for
 * apart (`permutationsOf`), by the views that show them: they are most of the work and of the
 * bytes (a 40-car class: 1 MB against 7 KB).
 */
export interface ScenarioSummary {
  /** By entry id, for every row of the table. */
  readonly rows: ReadonlyArray<ScenarioRow>
  readonly outlook: Outlook | null
  readonly racesLeft: number
  /** The races left counted as the series counts them: "5 races", "4 Grands Prix and 1 sprint". */
  readonly racesLeftCounted: string
  /**
   * The most one entry can still score, every remaining race together: one car for a driver;
   * for a team the leader's cars together (Formula One's two: 43 a race in 2016, not 25).
   */
  readonly pointsLeft: number
  /** Whose points `pointsLeft` counts: "driver" or "team". */
  readonly holder: 'driver' | 'team'
}

export function scenarioSummary(
  scenarios: ChampionshipScenarios,
  outlook: Outlook | null,
): ScenarioSummary {
  const { rules, remaining } = scenarios
  const teams = rules.method !== 'drivers'
  const field = teams
    ? (scenarios.contenders[0]?.tally.field ?? { kind: 'free' })
    : ({ kind: 'free' } as const)
  return {
    rows: scenarios.rows,
    outlook,
    racesLeft: remaining.length,
    racesLeftCounted: countRaces(remaining.map((race) => race.race)),
    pointsLeft: remaining.reduce((sum, race) => sum + bestResult(rules, race, field).points, 0),
    holder: teams ? 'team' : 'driver',
  }
}

/**
 * What is left to score, in one sentence: "140 points still available to one driver (5 races).",
 * "215 points still available to one team (5 Grands Prix).",
 * "Season complete." once nothing is.
 */
export function pointsLeftSentence(summary: ScenarioSummary): string {
  return summary.racesLeft === 0
    ? 'Season complete.'
    : `${pointsText(summary.pointsLeft)} still available to one ${summary.holder} (${summary.racesLeftCounted}).`
}
