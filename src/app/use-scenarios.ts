import { useQuery } from '@tanstack/react-query'
import type { ScenarioSource } from '../data/scenario-client.ts'
import { scenarioQueries } from '../data/scenario-queries.ts'
import type { PermutationsView } from '../model/permutations-view.ts'
import type { ScenarioSummary } from '../model/scenario-summary.ts'

/**
 * The title scenarios of a championship after a race, from the scenario worker: null until they
 * arrive (the views show the rest meanwhile), or when there is nothing to ask (`source` null).
 */
export function useScenarios(
  source: ScenarioSource | null,
  championship: string,
  step: number,
): ScenarioSummary | null {
  return useScenarioAnswer(source, championship, step).summary
}

/** The same, and whether the answer is still being worked out (null then means "not yet"). */
export function useScenarioAnswer(
  source: ScenarioSource | null,
  championship: string,
  step: number,
): { readonly summary: ScenarioSummary | null; readonly pending: boolean } {
  const query = useQuery(scenarioQueries.summary(source, championship, step))
  return {
    summary: source === null ? null : (query.data ?? null),
    pending: source !== null && query.isLoading,
  }
}

/**
 * The next race's permutations, asked for only by a view that shows them (`wanted`): null
 * while worked out (`pending`), when the title is settled or no race is left.
 */
export function usePermutationsAnswer(
  source: ScenarioSource | null,
  championship: string,
  step: number,
  wanted: boolean,
): { readonly view: PermutationsView | null; readonly pending: boolean } {
  const options = scenarioQueries.permutations(wanted ? source : null, championship, step)
  const query = useQuery(options)
  return {
    view: query.data ?? null,
    pending: wanted && source !== null && query.isLoading,
  }
}
