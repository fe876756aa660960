import type { ScenarioRow } from '../engine/scenarios/scenarios.ts'
import type { ScenarioSummary } from './scenario-summary.ts'

// A file of its own: the screens read the summary's rows, the worker builds the summary
// (scenario-summary.ts and the scenario rules stay out of the first load; docs/performance.md).
const indexes = new WeakMap<ScenarioSummary, ReadonlyMap<string, ScenarioRow>>()

/** The summary's rows by entry id, made once per summary however many surfaces read it. */
export function scenarioRowsById(summary: ScenarioSummary): ReadonlyMap<string, ScenarioRow> {
  let index = indexes.get(summary)
  if (index === undefined) {
    index = new Map(summary.rows.map((row) => [row.id, row]))
    indexes.set(summary, index)
  }
  return index
}
