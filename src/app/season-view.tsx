import { Suspense, useEffect } from 'react'
import { loadSeasonScenarios, type ScenarioSource } from '../data/scenario-client.ts'
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
import { useScenarioAnswer } from './use-scenarios.ts'
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
  const focusId = focus?.championship.id ?? ''
  const { summary: scenarios, pending } = useScenarioAnswer(source, focusId, step)
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
            // The worker's answer when it is in; else worked out now, for this one card.
            const here = scenarios === null ? await loadSeasonScenarios() : null
            const summary = here === null ? scenarios : here.summaryOf(model, focusId, step)
            return (await loadCardContent()).cardContent(model, {
              championship: focusId,
              ...(champ === 'all'
                ? { allClasses: selection.classChampionships.map((p) => p.championship.id) }
                : {}),
              step,
              compare: selection.compare,
              source: seasonSource,
              outlook: summary?.outlook ?? null,
              permutations: summary?.permutations ?? null,
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
