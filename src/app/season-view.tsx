import { useQueryClient } from '@tanstack/react-query'
import { Suspense, useEffect } from 'react'
import type { ScenarioSource } from '../data/scenario-client.ts'
import { scenarioQueries } from '../data/scenario-queries.ts'
import { retryableImport } from '../data/retryable-import.ts'
import { statusWord } from '../model/standings-status.ts'
import { buildChanged, runningEntry } from '../data/build-changed.ts'
import { LoadBoundary } from '../ui/load-boundary.tsx'
import { Skeleton } from '../ui/skeleton.tsx'
import { viewName } from './view-names.ts'
import { AsOfControl } from './as-of-control.tsx'
import { ExportMenu } from '../features/export-menu/export-menu.tsx'
import type { Selection } from './resolve-selection.ts'
import { useBoothKeys } from './use-booth-keys.ts'
import { usePrefetchScenarios } from './use-prefetch-scenarios.ts'
import { usePermutationsAnswer, useScenarioAnswer } from './use-scenarios.ts'
import type { UrlStateApi } from './use-url-state.ts'
import { ViewContent } from './view-content.tsx'
import { prefetchViews } from './view-loaders.ts'
import { ViewTabs } from './view-tabs.tsx'

// A broadcast card's content: loaded when an export or the overlay first asks for one.
const loadCardContent = retryableImport(() => import('../model/card-content.ts'))

interface Props {
  readonly source: ScenarioSource
  readonly selection: Selection
  readonly url: UrlStateApi
  /** How the season's results were obtained: official, reconstructed or imported. */
  readonly seasonSource: string
  /** When the data was downloaded: re-keys highlighted rows so their flash plays again. */
  readonly version: number
}

/** The controls and the view the address names, all read from the season model and the URL. */
export function SeasonView({ source, selection, url, seasonSource, version }: Props) {
  const { model } = source
  const { standings } = model
  const { state, hrefFor } = url
  const { step, focus, champ } = selection
  // Fetch the code of the other views once the page is idle, so every tab opens at once.
  useEffect(() => {
    const timer = window.setTimeout(prefetchViews, 1500)
    return () => window.clearTimeout(timer)
  }, [])
  const queryClient = useQueryClient()
  const focusId = focus?.championship.id ?? ''
  const { summary: scenarios, pending } = useScenarioAnswer(source, focusId, step)
  // The permutations only where a view shows them: most of the worker's work and bytes.
  const shown =
    state.view === 'permutations' || (state.view === 'booth' && state.board === 'permutations')
  const permutations = usePermutationsAnswer(source, focusId, step, shown)
  usePrefetchScenarios(source, focusId, step, !pending)
  useBoothKeys(state.view === 'booth', standings, selection, url)
  // Live deltas and change highlights belong to the latest standings only, not to time travel.
  const latest = step === standings.scored.length - 1
  const liveDeltas = latest ? model.liveDeltas(focusId) : null
  const changed = latest ? model.changed(focusId) : null
  const content = (
    <LoadBoundary
      what={viewName(state.view)}
      resetKey={hrefFor({})}
      buildChanged={() => buildChanged(runningEntry())}
    >
      <Suspense fallback={<Skeleton label="Loading the view" rows={6} />}>
        <ViewContent
          model={model}
          selection={selection}
          url={url}
          scenarios={scenarios}
          scenariosPending={pending}
          permutations={permutations}
          liveDeltas={liveDeltas}
          changed={changed}
          version={version}
        />
      </Suspense>
    </LoadBoundary>
  )
  if (state.view === 'booth' && state.present) return content
  return (
    <>
      <ViewTabs
        championships={standings.championships}
        offersAll={selection.classChampionships.length > 0}
        champ={champ}
        view={state.view}
        url={url}
      />
      <div className="as-of-row">
        <AsOfControl
          scored={standings.scored}
          step={step}
          url={url}
          word={statusWord(model.statusAt(step))}
        />
        <ExportMenu
          model={model}
          selection={selection}
          marking={statusWord(model.statusAt(step))?.toLowerCase() ?? null}
          card={async () => {
            // The worker's answers, from the cache when they are in (the permutations are asked
            // for now where no view showed them).
            const [summary, permutations] = await Promise.all([
              queryClient.fetchQuery(scenarioQueries.summary(source, focusId, step)),
              queryClient.fetchQuery(scenarioQueries.permutations(source, focusId, step)),
            ])
            return (await loadCardContent()).cardContent(model, {
              championship: focusId,
              ...(champ === 'all'
                ? { allClasses: selection.classChampionships.map((p) => p.championship.id) }
                : {}),
              step,
              compare: selection.compare,
              source: seasonSource,
              outlook: summary?.outlook ?? null,
              permutations,
              pointsLeft: summary,
            })
          }}
          overlayHref={(card, frame) => hrefFor({ view: 'overlay', card, frame })}
        />
      </div>
      <div className="view">{content}</div>
    </>
  )
}
