import { lazy, Suspense, useEffect, useMemo } from 'react'
import type { SeasonStandings } from '../engine/season-standings.ts'
import { standingsAt } from '../engine/standings.ts'
import { ResultsGrid } from '../features/results-grid/results-grid.tsx'
import { AllClassesTable } from '../features/standings/all-classes-table.tsx'
import { StandingsTable } from '../features/standings/standings-table.tsx'
import { Skeleton } from '../ui/skeleton.tsx'
import { AsOfControl } from './as-of-control.tsx'
import { cardInput } from './card-input.ts'
import { ExportMenu } from './export-menu.tsx'
import { driverChampionship } from './driver-championship.ts'
import { focusScenarios } from './focus-scenarios.ts'
import { OutlookLine } from './outlook-line.tsx'
import { useBoothKeys } from './use-booth-keys.ts'
import type { LivePicture } from './live-picture.ts'
import type { Selection } from './resolve-selection.ts'
import type { UrlStateApi } from './use-url-state.ts'
import { ViewTabs } from './view-tabs.tsx'

// Recharts is half the bundle: it loads when a chart is first shown (docs/performance.md).
const loadCharts = () => import('../features/charts/charts-view.tsx')
const ChartsView = lazy(loadCharts)
// The views a first visit does not open load on demand too, and are fetched once the page is idle.
const loadBooth = () => import('../features/booth/booth-view.tsx')
const loadDriver = () => import('../features/driver-card/driver-card.tsx')
const loadH2h = () => import('../features/head-to-head/head-to-head.tsx')
const loadWhatIf = () => import('./what-if-view.tsx')
const BoothView = lazy(() => loadBooth().then((m) => ({ default: m.BoothView })))
const DriverCard = lazy(() => loadDriver().then((m) => ({ default: m.DriverCard })))
const HeadToHeadView = lazy(() => loadH2h().then((m) => ({ default: m.HeadToHeadView })))
const WhatIfView = lazy(() => loadWhatIf().then((m) => ({ default: m.WhatIfView })))

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
  const { state, hrefFor, navigate } = url
  const { step, focus, champ } = selection
  const { season, calendar } = standings
  // Fetch the chart code once the page is idle, so "Charts" opens at once.
  useEffect(() => {
    const timer = window.setTimeout(() => {
      for (const load of [loadCharts, loadH2h, loadDriver, loadBooth, loadWhatIf]) void load()
    }, 1500)
    return () => window.clearTimeout(timer)
  }, [])
  const scenarios = useMemo(() => focusScenarios(standings, focus, step), [standings, focus, step])
  useBoothKeys(state.view === 'booth', standings, selection, url)
  const driverHref = (id: string) => hrefFor({ view: 'driver', driver: id })
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
  const candidates = focusRows.map(({ id, name }) => ({ id, name }))
  const lastIndex = selection.asOf?.index ?? -1
  const content = () => {
    if (step < 0) return <p>No race of this season has results yet.</p>
    switch (state.view) {
      case 'standings':
        if (champ === 'all')
          return (
            <AllClassesTable
              season={season}
              championships={selection.classChampionships}
              step={step}
              driverHref={driverHref}
            />
          )
        return focus === null ? null : (
          <>
            <OutlookLine
              outlook={scenarios?.outlook ?? null}
              championship={focus.championship.name}
            />
            <StandingsTable
              caption={`${focus.championship.name} standings`}
              season={season}
              calendar={calendar}
              rows={focusRows}
              isTeams={focus.championship.kind === 'teams'}
              hasPrevious={step > 0}
              hasDrops={(focus.championship.drops?.worst ?? 0) > 0}
              showClass={
                focus.championship.kind === 'drivers' &&
                (focus.championship.classes?.length ?? 0) !== 1 &&
                season.classes.length > 1
              }
              driverHref={driverHref}
              scenarios={scenarios?.byEntry ?? null}
              liveDeltas={liveDeltas}
              changed={changed}
              version={version}
            />
          </>
        )
      case 'results': {
        const grids = champ === 'all' ? selection.classChampionships : focus === null ? [] : [focus]
        return grids.map((progression) => (
          <ResultsGrid
            key={progression.championship.id}
            caption={progression.championship.name}
            rows={standingsAt(progression, step)}
            calendar={calendar}
            lastIndex={lastIndex}
            linkFor={progression.championship.kind === 'drivers' ? driverHref : null}
          />
        ))
      }
      case 'chart':
        return focus === null ? null : (
          <Suspense fallback={<Skeleton label="Loading charts" rows={6} />}>
            <ChartsView
              progression={focus}
              step={step}
              compare={selection.compare}
              kind={state.chart}
              beforeDrops={state.beforeDrops}
              candidates={candidates}
              kindHref={(chart) => hrefFor({ chart })}
              dropsHref={(beforeDrops) => hrefFor({ beforeDrops })}
              onCompare={(ids) => navigate(hrefFor({ compare: [...ids] }))}
            />
          </Suspense>
        )
      case 'h2h': {
        const [a, b] = [
          selection.compare[0] ?? candidates[0]?.id,
          selection.compare[1] ?? candidates[1]?.id,
        ]
        return focus === null || a === undefined || b === undefined ? (
          <p>This championship has fewer than two entries.</p>
        ) : (
          <HeadToHeadView
            progression={focus}
            calendar={calendar}
            step={step}
            pair={[a, b]}
            candidates={candidates}
            onPair={(pair) => navigate(hrefFor({ compare: [...pair] }))}
          />
        )
      }
      case 'driver': {
        const progression =
          selection.driver === null ? null : driverChampionship(standings, champ, selection.driver)
        return progression === null || selection.driver === null ? (
          <p>No driver to show.</p>
        ) : (
          <DriverCard
            season={season}
            calendar={calendar}
            progression={progression}
            step={step}
            driver={selection.driver}
          />
        )
      }
      case 'overlay':
        // The overlay is drawn by the app shell without the page around it (overlay-card.tsx).
        return null
      case 'whatif':
        return (
          <WhatIfView
            standings={standings}
            selection={selection}
            url={url}
            live={live}
            scenarios={scenarios}
          />
        )
      case 'booth':
        return focus === null ? null : (
          <BoothView
            championship={focus.championship.name}
            after={`after R${(selection.asOf?.index ?? 0) + 1}, ${selection.asOf?.round.name ?? ''}`}
            rows={focusRows}
            racesRun={step + 1}
            racesLeft={scenarios?.racesLeft ?? 0}
            maxPerRace={scenarios?.maxPerRace ?? 0}
            scenarios={scenarios?.byEntry ?? null}
            outlook={scenarios?.outlook ?? null}
            liveDelta={
              liveDeltas === null ? null : new Map([...liveDeltas].map(([id, d]) => [id, d.points]))
            }
          />
        )
    }
  }
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
        <Suspense fallback={<Skeleton label="Loading the view" rows={6} />}>{content()}</Suspense>
      </div>
    </>
  )
}
