import { Suspense, useEffect, useMemo } from 'react'
import type { SeasonStandings } from '../engine/season-standings.ts'
import { standingsAt } from '../engine/standings.ts'
import { Skeleton } from '../ui/skeleton.tsx'
import { AsOfControl } from './as-of-control.tsx'
import { cardInput } from './card-input.ts'
import { ExportMenu } from './export-menu.tsx'
import { focusScenarios } from './focus-scenarios.ts'
import type { LivePicture } from './live-picture.ts'
import type { Selection } from './resolve-selection.ts'
import { useBoothKeys } from './use-booth-keys.ts'
import type { UrlStateApi } from './use-url-state.ts'
import { ViewContent } from './view-content.tsx'
import { prefetchViews } from './view-loaders.ts'
import { ViewTabs } from './view-tabs.tsx'

interface Props {
  readonly standings: SeasonStandings
  readonly selection: Selection
  readonly url: UrlStateApi
  readonly live: LivePicture
  /** How the season's results were obtained: official, reconstructed or imported. */
  readonly source: string
  /** When the data was downloaded: re-keys highlighted rows so their flash plays again. */
  readonly version: number
}

/** The controls and the view the address names, all derived from the season and the URL. */
export function SeasonView({ standings, selection, url, live, source, version }: Props) {
  const { state, hrefFor } = url
  const { step, focus, champ } = selection
  // Fetch the code of the other views once the page is idle, so every tab opens at once.
  useEffect(() => {
    const timer = window.setTimeout(prefetchViews, 1500)
    return () => window.clearTimeout(timer)
  }, [])
  const scenarios = useMemo(() => focusScenarios(standings, focus, step), [standings, focus, step])
  useBoothKeys(state.view === 'booth', standings, selection, url)
  // Live deltas and change highlights belong to the latest standings only, not to time travel.
  const latest = step === standings.scored.length - 1
  const focusId = focus?.championship.id ?? ''
  const liveDeltas = latest ? (live.deltas?.get(focusId) ?? null) : null
  const changed = latest ? (live.changed.get(focusId) ?? null) : null
  // The focus table is read once per render and shared by every view that needs it.
  const focusRows = useMemo(
    () => (focus === null || step < 0 ? [] : standingsAt(focus, step)),
    [focus, step],
  )
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
        <AsOfControl scored={standings.scored} step={step} url={url} />
        <ExportMenu
          standings={standings}
          selection={selection}
          marking={live.imagined.length > 0 ? 'hypothetical' : live.projecting ? 'live' : null}
          card={() => cardInput(standings, selection, scenarios, live, source)}
          overlayHref={(card) => hrefFor({ view: 'overlay', card })}
        />
      </div>
      <div className="view">
        <Suspense fallback={<Skeleton label="Loading the view" rows={6} />}>
          <ViewContent
            standings={standings}
            selection={selection}
            url={url}
            live={live}
            scenarios={scenarios}
            focusRows={focusRows}
            liveDeltas={liveDeltas}
            changed={changed}
            version={version}
          />
        </Suspense>
      </div>
    </>
  )
}
