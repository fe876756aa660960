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
    // The model is named by its key (one per model, scenario-client.ts), not hashed whole.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions({
      queryKey: ['scenarios', source?.key ?? null, championship, step],
      queryFn: () =>
        source === null
          ? Promise.resolve(null)
          : scenarioClient.summary(source, championship, step),
      ...asked(source, championship, step),
    }),
  permutations: (source: ScenarioSource | null, championship: string, step: number) =>
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions({
      queryKey: ['permutations', source?.key ?? null, championship, step],
      queryFn: () =>
        source === null
          ? Promise.resolve(null)
          : scenarioClient.permutations(source, championship, step),
      ...asked(source, championship, step),
    }),
}

function asked(source: ScenarioSource | null, championship: string, step: number) {
  return {
    enabled: source !== null && championship !== '' && step >= 0,
    staleTime: Infinity,
    gcTime: 5 * 60_000,
    retry: false,
  }
}
