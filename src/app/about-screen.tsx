import { useQuery } from '@tanstack/react-query'
import { Suspense, type ReactNode } from 'react'
import { aboutQueries } from '../data/about-queries.ts'
import { buildChanged, runningEntry } from '../data/build-changed.ts'
import { retryableImport } from '../data/retryable-import.ts'
import { ErrorPanel } from '../ui/error-panel.tsx'
import { LoadBoundary } from '../ui/load-boundary.tsx'
import { retryableLazy } from '../ui/retryable-lazy.ts'
import { Skeleton } from '../ui/skeleton.tsx'
import type { SeasonChoice } from './choose-season.ts'
import type { UrlStateApi } from './use-url-state.ts'

// The Markdown reader loads only when the page is opened (docs/performance.md).
const About = retryableLazy(
  retryableImport(() => import('../features/about/about.tsx')),
  'About',
)

/** "How it was built" (view=about): the season's page about its data, or why there is none. */
export function AboutScreen({
  choice,
  url,
}: {
  readonly choice: SeasonChoice
  readonly url: UrlStateApi
}) {
  const title = `${choice.series.name} ${choice.season.season}`
  const backHref = url.hrefFor({ view: 'standings' })
  const path = choice.season.about
  if (path === undefined)
    return (
      <ErrorPanel
        title={`${title} has no page about its data`}
        messages={['Its entry in data/index.json names no "about" page.']}
      >
        <p>
          <a href={backHref} data-nav>
            Back to {title}
          </a>
        </p>
      </ErrorPanel>
    )
  const back = (
    <a href={backHref} data-nav>
      ← Back to {title}
    </a>
  )
  return (
    <LoadBoundary
      what="The page on how it was built"
      resetKey={url.hrefFor({})}
      buildChanged={() => buildChanged(runningEntry())}
    >
      <AboutPage path={path} back={back} />
    </LoadBoundary>
  )
}

/** The page read here, at the data edge, and drawn by the lazily loaded reader. */
function AboutPage({ path, back }: { readonly path: string; readonly back: ReactNode }) {
  const page = useQuery(aboutQueries.page(path))
  if (page.isPending) return <Skeleton label="Loading how it was built" />
  if (page.isError)
    return (
      <ErrorPanel title="This page could not be loaded" messages={[page.error.message]}>
        <p>{back}</p>
      </ErrorPanel>
    )
  return (
    <Suspense fallback={<Skeleton label="Loading how it was built" />}>
      <About
        text={page.data.text}
        base={new URL(page.data.url, window.location.href).href}
        back={back}
      />
    </Suspense>
  )
}
