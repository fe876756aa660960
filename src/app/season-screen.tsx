import { useQuery } from '@tanstack/react-query'
import { Suspense, useMemo } from 'react'
import { retryableImport } from '../data/retryable-import.ts'
import { retryableLazy } from '../ui/retryable-lazy.ts'
import { buildChanged, runningEntry } from '../data/build-changed.ts'
import { LoadBoundary } from '../ui/load-boundary.tsx'
import { formatFault } from '../data/fault.ts'
import { scenarioSource } from '../data/scenario-client.ts'
import { seasonQueries } from '../data/season-queries.ts'
import { buildSeasonModel } from '../model/season-model.ts'
import { RECONSTRUCTED, RECONSTRUCTED_DETAIL } from '../model/provenance-words.ts'
import { DataWarnings } from '../features/data-warnings/data-warnings.tsx'
import { FreshnessBar } from '../features/freshness-bar/freshness-bar.tsx'
import { LiveBanner } from '../features/live-banner/live-banner.tsx'
import { freshnessAt, freshnessOf } from '../data/freshness.ts'
import { useClock } from '../ui/use-clock.ts'
import { ErrorPanel } from '../ui/error-panel.tsx'
import { loadFailureMessage } from '../ui/load-failure.ts'
import { Skeleton } from '../ui/skeleton.tsx'
import type { SeasonChoice } from './choose-season.ts'
import { ImportDrop } from './import-drop.tsx'
import { resolveSelection } from './resolve-selection.ts'
import { RevisionsContext } from './revisions-context.ts'
import { SeasonView } from './season-view.tsx'
import { useLocalImports } from './use-local-imports.ts'
import type { UrlStateApi } from './use-url-state.ts'
import { useWhatIf } from './use-what-if.ts'

// Shown only when this browser keeps imported races: loaded then, with its Remove.
const LocalImportsBanner = retryableLazy(
  retryableImport(() => import('../features/local-imports-banner/local-imports-banner.tsx')),
  'LocalImportsBanner',
)

// Revisions come with a live weekend's changed results: loaded when there is one to show.
const RevisionLog = retryableLazy(
  retryableImport(() => import('../features/revision-log/revision-log.tsx')),
  'RevisionLog',
)

// The overlay draws broadcast cards: loaded only by an overlay page (docs/exporting.md).
const OverlayContent = retryableLazy(
  retryableImport(() => import('./overlay-content.tsx')),
  'OverlayContent',
)

/**
 * One season: loads and validates its folder, computes every championship once, and shows the
 * view the address asks for. Faults are listed by file and JSON path above the views, which
 * keep working with the rest of the season.
 */
export function SeasonScreen({
  choice,
  url,
}: {
  readonly choice: SeasonChoice
  readonly url: UrlStateApi
}) {
  const overlay = url.state.view === 'overlay'
  const check = useQuery(seasonQueries.season(choice.season.path))
  const imports = useLocalImports(choice.season.path)
  const { local, merge } = imports
  // While the code for this browser's imported races loads, the season waits for them.
  const merged = useMemo(
    () =>
      check.data?.season && merge !== null
        ? merge(check.data.season, check.data.files, local)
        : null,
    [check.data, local, merge],
  )
  // One model per data version, what-if and live setting: switching views or races reads it.
  const previousFiles = check.data?.previousFiles ?? null
  const { live: projectLive, whatif } = url.state
  const whatIfCode = useWhatIf(whatif.length > 0)
  const imagine = whatIfCode.parts?.imagine ?? null
  const WhatIfBanner = whatIfCode.parts?.Banner ?? null
  const model = useMemo(
    () =>
      merged === null || (whatif.length > 0 && imagine === null)
        ? null
        : buildSeasonModel({ ...merged, previousFiles, projectLive, imagined: whatif }, imagine),
    [merged, previousFiles, projectLive, whatif, imagine],
  )
  const source = useMemo(() => (model === null ? null : scenarioSource(model)), [model])
  const selection = useMemo(
    () => (model === null ? null : resolveSelection(model, url.state)),
    [model, url.state],
  )
  const data = check.data
  const freshness =
    data === undefined
      ? null
      : freshnessOf(data, { errorAt: check.errorUpdatedAt, failing: check.isRefetchError })
  // Re-rendered when the data turns stale or fresh again, not on every tick of the clock.
  const stale = useClock((now) => freshness !== null && freshnessAt(freshness, now) === 'stale')
  const freshnessBar =
    freshness === null ? null : (
      <FreshnessBar input={freshness} calendar={model?.standings.calendar ?? []} />
    )
  // Code a what-if or this browser's imports need, that could not be loaded: said, with Retry.
  const codeFailure =
    whatIfCode.failure !== null
      ? { ...whatIfCode, what: 'The what-if', failure: whatIfCode.failure }
      : imports.failure !== null
        ? { ...imports, what: 'The races imported in this browser', failure: imports.failure }
        : null
  const view =
    source !== null && selection !== null && data !== undefined ? (
      // The booth says the latest revision on air (booth-content.tsx).
      <RevisionsContext value={data.revisions}>
        <SeasonView
          source={source}
          selection={selection}
          url={url}
          seasonSource={choice.season.source}
          version={data.fetchedAt}
        />
      </RevisionsContext>
    ) : null
  // The booth on air: the boards and how fresh they are, nothing else (docs/dashboard.md#booth).
  if (url.state.view === 'booth' && url.state.present)
    return (
      <div className={`presentation${stale ? ' is-stale' : ''}`}>
        {freshnessBar}
        {view ??
          (check.isError ? (
            <ErrorPanel
              title={`${choice.series.name} could not be loaded`}
              messages={[check.error.message]}
            />
          ) : (
            <Skeleton label="Loading" />
          ))}
      </div>
    )
  if (overlay)
    return (
      <LoadBoundary
        what="The overlay"
        resetKey={url.hrefFor({})}
        buildChanged={() => buildChanged(runningEntry())}
      >
        <Suspense fallback={null}>
          <OverlayContent
            kind={url.state.card}
            frame={url.state.frame}
            source={source}
            selection={selection}
            seasonSource={choice.season.source}
            stale={stale}
          />
        </Suspense>
      </LoadBoundary>
    )
  const title = `${choice.series.name} ${choice.season.season}`
  const about = choice.season.about
  return (
    <>
      <h1 className="season-title">{title}</h1>
      {choice.season.source !== 'official' && (
        <p className="banner" role="note">
          <strong>
            {choice.season.source === 'reconstructed' ? `${RECONSTRUCTED}.` : 'Imported results.'}
          </strong>{' '}
          <span className="banner-detail">{RECONSTRUCTED_DETAIL}</span>{' '}
          {about !== undefined && (
            <a href={url.hrefFor({ view: 'about' })} data-nav>
              How it was built
            </a>
          )}
        </p>
      )}
      {check.data === undefined ? (
        check.isError ? (
          <ErrorPanel title={`${title} could not be loaded`} messages={[check.error.message]} />
        ) : (
          <Skeleton label={`Loading ${title}`} />
        )
      ) : (
        <>
          {check.data.faults.length > 0 && (
            <ErrorPanel
              title={
                check.data.season === null
                  ? `${title} cannot be shown`
                  : 'Some files could not be used'
              }
              messages={check.data.faults.map(formatFault)}
            >
              {check.data.season !== null && (
                <p>Races with a faulty file are left out of the standings until it is fixed.</p>
              )}
            </ErrorPanel>
          )}
          <DataWarnings warnings={check.data.warnings} />
          {freshnessBar}
          {model !== null && model.liveRaces.length > 0 && (
            <LiveBanner
              projecting={model.projecting}
              races={model.liveRaces}
              calendar={model.standings.calendar}
              toggleHref={url.hrefFor({ live: !url.state.live })}
            />
          )}
          {model !== null &&
            selection !== null &&
            model.statusAt(selection.step).kind === 'provisional' && (
              <p className="status-banner" role="status">
                {model.statusNote(selection.step)} Points and places may still change.
              </p>
            )}
          {(local.races.size > 0 ||
            local.problems.length > 0 ||
            (merged?.problems.length ?? 0) > 0) && (
            <LoadBoundary
              what="The races imported in this browser"
              resetKey={choice.season.path}
              buildChanged={() => buildChanged(runningEntry())}
            >
              <Suspense fallback={null}>
                <LocalImportsBanner
                  path={choice.season.path}
                  local={
                    merged === null || merged.problems.length === 0
                      ? local
                      : { ...local, problems: [...local.problems, ...merged.problems] }
                  }
                  calendar={model?.standings.calendar ?? []}
                />
              </Suspense>
            </LoadBoundary>
          )}
          {model !== null && <ImportDrop path={choice.season.path} standings={model.results} />}
          {model !== null && model.imaginedRaces.length > 0 && WhatIfBanner !== null && (
            <WhatIfBanner
              races={model.imaginedRaces}
              unknown={model.unknownEntries}
              calendar={model.standings.calendar}
              clearHref={url.hrefFor({ whatif: [] })}
            />
          )}
          <div className={stale ? 'is-stale' : undefined}>
            {/* A what-if waits for its code, never showing the real standings as imagined. */}
            {view ??
              (codeFailure !== null ? (
                <ErrorPanel
                  title={`${codeFailure.what} could not be loaded`}
                  messages={[loadFailureMessage(codeFailure.failure, codeFailure.tries)]}
                >
                  <button type="button" onClick={codeFailure.retry}>
                    Retry
                  </button>
                </ErrorPanel>
              ) : (
                check.data.season !== null && <Skeleton label={`Loading ${title}`} />
              ))}
          </div>
          {check.data.revisions.length > 0 && (
            <LoadBoundary
              what="The revision log"
              resetKey={choice.season.path}
              buildChanged={() => buildChanged(runningEntry())}
            >
              <Suspense fallback={null}>
                <RevisionLog revisions={check.data.revisions} />
              </Suspense>
            </LoadBoundary>
          )}
        </>
      )}
    </>
  )
}
