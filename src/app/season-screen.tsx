import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { formatFault } from '../data/fault.ts'
import { dataUrl, seasonQueries } from '../data/season-queries.ts'
import { computeSeasonStandings } from '../engine/season-standings.ts'
import { ErrorPanel } from '../ui/error-panel.tsx'
import { Skeleton } from '../ui/skeleton.tsx'
import type { SeasonChoice } from './choose-season.ts'
import { resolveSelection } from './resolve-selection.ts'
import { cardInput } from './card-input.ts'
import { focusScenarios } from './focus-scenarios.ts'
import { FreshnessNote } from './freshness-note.tsx'
import { OverlayCard } from './overlay-card.tsx'
import { ImportDrop } from './import-drop.tsx'
import { LocalImportsBanner } from './local-imports-banner.tsx'
import { useLocalImports } from './use-local-imports.ts'
import { withLocalImports } from './with-local-imports.ts'
import { LiveBanner } from './live-banner.tsx'
import { livePicture } from './live-picture.ts'
import { RevisionLog } from './revision-log.tsx'
import { SeasonView } from './season-view.tsx'
import { WhatIfBanner } from './what-if-banner.tsx'
import type { UrlStateApi } from './use-url-state.ts'

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
  const local = useLocalImports(choice.season.path)
  const merged = useMemo(
    () =>
      check.data?.season ? withLocalImports(check.data.season, check.data.files, local) : null,
    [check.data, local],
  )
  const standings = useMemo(
    () => (merged === null ? null : computeSeasonStandings(merged.season, merged.files)),
    [merged],
  )
  const live = useMemo(
    () =>
      merged !== null && check.data !== undefined && standings !== null
        ? livePicture(
            merged.season,
            merged.files,
            check.data.previousFiles,
            standings,
            url.state.live,
            url.state.whatif,
          )
        : null,
    [merged, check.data, standings, url.state.live, url.state.whatif],
  )
  const shown = live?.shown ?? standings
  const selection = useMemo(
    () => (shown === null ? null : resolveSelection(shown, url.state)),
    [shown, url.state],
  )
  const scenarios = useMemo(
    () =>
      overlay && shown !== null && selection !== null
        ? focusScenarios(shown, selection.focus, selection.step)
        : null,
    [overlay, shown, selection],
  )
  if (overlay)
    return (
      <OverlayCard
        kind={url.state.card}
        input={
          shown !== null && selection !== null && live !== null
            ? cardInput(shown, selection, scenarios, live, choice.season.source, true)
            : null
        }
      />
    )
  const title = `${choice.series.name} ${choice.season.season}`
  const about = choice.season.about
  return (
    <>
      <h1>{title}</h1>
      {choice.season.source !== 'official' && (
        <p className="banner" role="note">
          <strong>
            {choice.season.source === 'reconstructed'
              ? 'Reconstructed results, not official.'
              : 'Imported results.'}
          </strong>{' '}
          Every published fact and standings figure holds; places no source gives are plausible
          fill-ins. {about !== undefined && <a href={dataUrl(about)}>How this season was built</a>}
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
          <FreshnessNote
            refetchFailed={check.isRefetchError}
            updatedAt={check.dataUpdatedAt}
            staleSince={check.data.staleSince}
            calendar={shown?.calendar ?? []}
          />
          {live !== null && live.liveRaces.length > 0 && shown !== null && (
            <LiveBanner
              projecting={live.projecting}
              races={live.liveRaces}
              calendar={shown.calendar}
              toggleHref={url.hrefFor({ live: !url.state.live })}
            />
          )}
          <LocalImportsBanner
            path={choice.season.path}
            local={local}
            calendar={shown?.calendar ?? []}
          />
          {standings !== null && <ImportDrop path={choice.season.path} standings={standings} />}
          {live !== null && live.imagined.length > 0 && shown !== null && (
            <WhatIfBanner
              races={live.imagined}
              unknownCars={live.unknownCars}
              calendar={shown.calendar}
              clearHref={url.hrefFor({ whatif: [] })}
            />
          )}
          {shown !== null && selection !== null && live !== null && (
            <SeasonView
              standings={shown}
              selection={selection}
              url={url}
              live={live}
              source={choice.season.source}
              version={check.data.fetchedAt}
            />
          )}
          <RevisionLog revisions={check.data.revisions} />
        </>
      )}
    </>
  )
}
