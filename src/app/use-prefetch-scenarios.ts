import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { scenarioClient, type ScenarioSource } from '../data/scenario-client.ts'
import { scenarioQueries } from '../data/scenario-queries.ts'

/** How long the page stays on one race before the other championships' answers are asked for. */
const SETTLED_MS = 250

/**
 * Once the championship `shown` has its title scenarios, the season's other championships after
 * the same race are worked out too, in the worker, so a championship tab opens with its title
 * column already filled (docs/performance.md); then the next race's permutations of the one
 * shown, which only the Permutations view and the booth's board ask for, so they open filled
 * too. Only after the page has stayed on one race for a moment (dragging the race slider asks
 * nothing extra), only in a worker, and each answer once (the query cache keeps it, as it keeps
 * the one shown).
 */
export function usePrefetchScenarios(
  source: ScenarioSource,
  shown: string,
  step: number,
  ready: boolean,
): void {
  const client = useQueryClient()
  useEffect(() => {
    if (!ready || !scenarioClient.inWorker) return
    const timer = window.setTimeout(() => {
      for (const { championship } of source.model.standings.championships)
        if (championship.id !== shown)
          void client.prefetchQuery(scenarioQueries.summary(source, championship.id, step))
      void client.prefetchQuery(scenarioQueries.permutations(source, shown, step))
    }, SETTLED_MS)
    return () => window.clearTimeout(timer)
  }, [client, source, shown, step, ready])
}
