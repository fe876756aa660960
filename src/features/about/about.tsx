import './about.css'
import { useQuery } from '@tanstack/react-query'
import { aboutQueries } from '../../data/about-queries.ts'
import { ErrorPanel } from '../../ui/error-panel.tsx'
import { Skeleton } from '../../ui/skeleton.tsx'
import { MarkdownView } from './markdown-view.tsx'

/**
 * "How it was built" (docs/dashboard.md#reconstructed-data): the page a season's index entry
 * names in `about`, its Markdown drawn as a page (headings, tables, lists, links), read as
 * UTF-8. Loaded with its Markdown reader only when opened: never part of the first load.
 */
export function About({
  path,
  title,
  backHref,
}: {
  /** The page, relative to the data folder ("ccna/README.md"). */
  readonly path: string
  /** The season it is about, for the way back. */
  readonly title: string
  readonly backHref: string
}) {
  const page = useQuery(aboutQueries.page(path))
  return (
    <article className="about-page">
      <p className="about-back">
        <a href={backHref} data-nav>
          ← Back to {title}
        </a>
      </p>
      {page.isPending ? (
        <Skeleton label="Loading how it was built" />
      ) : page.isError ? (
        <ErrorPanel title="This page could not be loaded" messages={[page.error.message]} />
      ) : (
        <MarkdownView
          text={page.data.text}
          base={new URL(page.data.url, window.location.href).href}
        />
      )}
    </article>
  )
}
