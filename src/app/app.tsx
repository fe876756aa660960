import { useQuery } from '@tanstack/react-query'
import type { MouseEvent } from 'react'
import { seasonQueries } from '../data/season-queries.ts'
import { ErrorPanel } from '../ui/error-panel.tsx'
import { Skeleton } from '../ui/skeleton.tsx'
import { AboutScreen } from './about-screen.tsx'
import { AppHeader } from './app-header.tsx'
import { chooseSeason } from './choose-season.ts'
import { SeasonScreen } from './season-screen.tsx'
import { useUrlState } from './use-url-state.ts'

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
          <AboutScreen choice={choice} url={url} />
        ) : (
          <SeasonScreen key={choice.season.path} choice={choice} url={url} />
        )}
      </main>
    </div>
  )
}
