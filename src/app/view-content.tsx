import { Suspense } from 'react'
import { retryableLazy } from '../ui/retryable-lazy.ts'
import { Skeleton } from '../ui/skeleton.tsx'
import type { PermutationsView } from '../model/permutations-view.ts'
import type { ScenarioSummary } from '../model/scenario-summary.ts'
import type { LiveDeltas, SeasonModel } from '../model/season-model.ts'
import { asItStands } from '../model/standings-status.ts'
import { seasonProvenance } from '../model/provenance.ts'
import { driverChampionship } from './driver-championship.ts'
import type { Selection } from './resolve-selection.ts'
import { StandingsContent } from './standings-content.tsx'
import type { UrlStateApi } from './use-url-state.ts'
import {
  loadBooth,
  loadCharts,
  loadDriver,
  loadH2h,
  loadPermutations,
  loadResults,
  loadWhatIf,
} from './view-loaders.ts'

const ResultsGrid = retryableLazy(loadResults, 'ResultsGrid')
const DriverCard = retryableLazy(loadDriver, 'DriverCard')
const HeadToHead = retryableLazy(loadH2h, 'HeadToHead')
const WhatIfView = retryableLazy(loadWhatIf, 'WhatIfView')
const Permutations = retryableLazy(loadPermutations, 'Permutations')
const ChartContent = retryableLazy(loadCharts, 'ChartContent')
const BoothContent = retryableLazy(loadBooth, 'BoothContent')

interface Props {
  readonly model: SeasonModel
  readonly selection: Selection
  readonly url: UrlStateApi
  /** The focus championship's title scenarios; null until the worker answers. */
  readonly scenarios: ScenarioSummary | null
  /** The scenarios are still being worked out (null `scenarios` then means "not yet"). */
  readonly scenariosPending: boolean
  /** The next race's permutations, asked for only where a view shows them. */
  readonly permutations: { readonly view: PermutationsView | null; readonly pending: boolean }
  readonly liveDeltas: LiveDeltas | null
  readonly changed: ReadonlySet<string> | null
  readonly version: number
}

/** The view the address names (docs/dashboard.md#views). */
export function ViewContent({
  model,
  selection,
  url,
  scenarios,
  scenariosPending,
  permutations,
  liveDeltas,
  changed,
  version,
}: Props) {
  const { state, hrefFor, navigate } = url
  const { step, focus, champ } = selection
  const { standings } = model
  const { season, calendar } = standings
  const tableOf = (id: string) => model.championship(id)?.table(step) ?? []
  const focusRows = tableOf(focus?.championship.id ?? '')
  const driverHref = (id: string) => hrefFor({ view: 'driver', driver: id })
  // From All classes every class's entries can be picked (grouped by class); else the focus's.
  const pickable = champ === 'all' ? selection.classChampionships : focus === null ? [] : [focus]
  const across = pickable.length > 1
  const candidates = pickable.flatMap(({ championship }) =>
    tableOf(championship.id).map(({ id, name }) =>
      across ? { id, name, group: championship.name } : { id, name },
    ),
  )
  const lastIndex = selection.asOf?.index ?? -1
  const provenance = seasonProvenance(model.season, model.input.files)
  if (step < 0) return <p>No race of this season has results yet.</p>
  switch (state.view) {
    case 'standings':
      return (
        <StandingsContent
          model={model}
          selection={selection}
          url={url}
          scenarios={scenarios}
          liveDeltas={liveDeltas}
          changed={changed}
          version={version}
        />
      )
    case 'results': {
      const grids = champ === 'all' ? selection.classChampionships : focus === null ? [] : [focus]
      return grids.map((progression) => (
        <ResultsGrid
          key={progression.championship.id}
          caption={progression.championship.name}
          rows={tableOf(progression.championship.id)}
          calendar={calendar}
          lastIndex={lastIndex}
          linkFor={progression.championship.kind === 'drivers' ? driverHref : null}
          provenance={provenance}
        />
      ))
    }
    case 'chart':
      return (
        <Suspense fallback={<Skeleton label="Loading charts" rows={6} />}>
          <ChartContent
            model={model}
            selection={selection}
            url={url}
            pickable={pickable}
            candidates={candidates}
          />
        </Suspense>
      )
    case 'h2h': {
      const leaders = focus === null ? [] : focusRows.map((r) => ({ progression: focus, id: r.id }))
      // One entry in the address: the other side is the leader, or second when it is the leader.
      const a = selection.picked[0] ?? leaders[0]
      const b = selection.picked[1] ?? leaders.find((leader) => leader.id !== a?.id)
      return a === undefined || b === undefined ? (
        <p>This championship has fewer than two entries.</p>
      ) : (
        <HeadToHead
          calendar={calendar}
          step={step}
          pair={[a, b]}
          candidates={candidates}
          onPair={(pair) => navigate(hrefFor({ compare: [...pair] }))}
          classes={season.classes}
          provenance={provenance}
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
          championship={progression.championship.name}
          row={tableOf(progression.championship.id).find((r) => r.id === selection.driver) ?? null}
          driver={selection.driver}
          candidates={tableOf(progression.championship.id).map(({ id, name }) => ({ id, name }))}
          onDriver={(driver) => navigate(hrefFor({ driver }))}
          provenance={provenance}
        />
      )
    }
    case 'overlay':
      // The overlay is drawn by the app shell without the page around it (overlay-card.tsx).
      return null
    case 'about':
      // A page of its own, drawn by the app shell (about-screen.tsx).
      return null
    case 'permutations':
      return focus === null ? null : (
        <Permutations
          championship={focus.championship.name}
          summary={scenarios}
          permutations={permutations.view}
          pending={scenariosPending || permutations.pending}
          prefix={asItStands(model.statusAt(step))}
        />
      )
    case 'whatif':
      return <WhatIfView model={model} selection={selection} url={url} scenarios={scenarios} />
    case 'booth':
      return (
        <BoothContent
          model={model}
          selection={selection}
          url={url}
          scenarios={scenarios}
          permutations={permutations}
          candidates={candidates}
        />
      )
  }
}
