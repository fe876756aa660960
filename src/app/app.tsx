import { useQuery } from '@tanstack/react-query'
import { Suspense, type MouseEvent } from 'react'
import { buildChanged, runningEntry } from '../data/build-changed.ts'
import { retryableImport } from '../data/retryable-import.ts'
import { seasonQueries } from '../data/season-queries.ts'
import { ErrorPanel } from '../ui/error-panel.tsx'
import { LoadBoundary } from '../ui/load-boundary.tsx'
import { retryableLazy } from '../ui/retryable-lazy.ts'
import { Skeleton } from '../ui/skeleton.tsx'
import { AppHeader } from './app-header.tsx'
import { chooseSeason } from './choose-season.ts'
import { SeasonScreen } from './season-screen.tsx'
import { useUrlState } from './use-url-state.ts'

// "How it was built" is a page of its own: out of the first load (docs/performance.md).
const AboutScreen = retryableLazy(
  retryableImport(() => import('./about-screen.tsx')),
  'AboutScreen',
)

/**
 * The dashboard: the season the address names (or the index default), every view of it, state
 * in the URL (docs/dashboard.md). Internal links carry `data-nav` and move through history
 * without reloading.
 */
export function App() {
  const url = useUrlState()
  const index = useQuery(seasonQueries.index())
  const choice = index.data === undefined ? null : chooseSeason(index.data, url.state)
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || event.button !== 0) return
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    const target = event.target
    const link = target instanceof Element ? target.closest('a[data-nav]') : null
    if (!(link instanceof HTMLAnchorElement)) return
    event.preventDefault()
    url.navigate(link.href)
  }
  // The streaming overlay is the card alone, and the booth's presentation mode the boards alone,
  // without the page around them.
  if (url.state.view === 'booth' && url.state.present)
    return (
      <main id="main" className="app present" onClick={onClick}>
        {index.isError ? (
          <ErrorPanel
            title="The list of seasons could not be loaded"
            messages={[index.error.message]}
          />
        ) : choice === null ? (
          <Skeleton label="Loading seasons" />
        ) : (
          <SeasonScreen key={choice.season.path} choice={choice} url={url} />
        )}
      </main>
    )
  if (url.state.view === 'overlay')
    return choice === null ? null : (
      <SeasonScreen key={choice.season.path} choice={choice} url={url} />
    )
  return (
    // Clicks on internal links bubble here; the links themselves stay real, keyboard-reachable anchors.
    <div className="app" onClick={onClick}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader index={index.data ?? null} choice={choice} url={url} />
      <main id="main" tabIndex={-1}>
        {index.isPending ? (
          <Skeleton label="Loading seasons" />
        ) : index.isError ? (
          <ErrorPanel
            title="The list of seasons could not be loaded"
            messages={[index.error.message]}
          />
        ) : choice === null ? (
          <ErrorPanel title="No season to show" messages={['data/index.json lists no season']} />
        ) : url.state.view === 'about' ? (
          <LoadBoundary
            what="The page on how it was built"
            resetKey={url.hrefFor({})}
            buildChanged={() => buildChanged(runningEntry())}
          >
            <Suspense fallback={<Skeleton label="Loading how it was built" />}>
              <AboutScreen choice={choice} url={url} />
            </Suspense>
          </LoadBoundary>
        ) : (
          <SeasonScreen key={choice.season.path} choice={choice} url={url} />
        )}
      </main>
    </div>
  )
}
