import { Suspense } from 'react'
import { buildChanged, runningEntry } from '../data/build-changed.ts'
import { retryableImport } from '../data/retryable-import.ts'
import { ErrorPanel } from '../ui/error-panel.tsx'
import { LoadBoundary } from '../ui/load-boundary.tsx'
import { retryableLazy } from '../ui/retryable-lazy.ts'
import { Skeleton } from '../ui/skeleton.tsx'
import type { SeasonChoice } from './choose-season.ts'
import type { UrlStateApi } from './use-url-state.ts'

// The page and its Markdown reader load only when it is opened (docs/performance.md).
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
  return (
    <LoadBoundary
      what="The page on how it was built"
      resetKey={url.hrefFor({})}
      buildChanged={() => buildChanged(runningEntry())}
    >
      <Suspense fallback={<Skeleton label="Loading how it was built" />}>
        <About path={path} title={title} backHref={backHref} />
      </Suspense>
    </LoadBoundary>
  )
}
