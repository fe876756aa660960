import { queryOptions } from '@tanstack/react-query'
import { scenarioClient, type ScenarioSource } from './scenario-client.ts'

/**
 * The title scenarios of one championship after one race, and apart the next race's
 * permutations (only the views that show them ask), computed off the main thread
 * (scenario-client.ts); nothing is asked without a source or a race. Derived from data that does
 * not change under its key (one per season model), so never stale.
 */
export const scenarioQueries = {
  summary: (source: ScenarioSource | null, championship: string, step: number) =>
    asked('scenarios', source, championship, step, (from) =>
      scenarioClient.summary(from, championship, step),
    ),
  permutations: (source: ScenarioSource | null, championship: string, step: number) =>
    asked('permutations', source, championship, step, (from) =>
      scenarioClient.permutations(from, championship, step),
    ),
}

function asked<T>(
  resource: string,
  source: ScenarioSource | null,
  championship: string,
  step: number,
  ask: (source: ScenarioSource) => Promise<T | null>,
) {
  // The model is named by its key (one per model, scenario-client.ts), not hashed whole.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: [resource, source?.key ?? null, championship, step],
    queryFn: () => (source === null ? Promise.resolve(null) : ask(source)),
    enabled: source !== null && championship !== '' && step >= 0,
    staleTime: Infinity,
    gcTime: 5 * 60_000,
    retry: false,
  })
}
