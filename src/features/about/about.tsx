import './about.css'
import type { ReactNode } from 'react'
import { MarkdownView } from './markdown-view.tsx'

/**
 * "How it was built" (docs/dashboard.md#reconstructed-data): the page a season's index entry
 * names in `about`, its Markdown drawn as a page (headings, tables, lists, links). Loaded with
 * its Markdown reader only when opened: never part of the first load. The page is read by the
 * screen that opens it (src/app/about-screen.tsx), so this chunk shares no module with the
 * entry but React's (a shared one splits the entry into many small files: docs/performance.md).
 */
export function About({
  text,
  base,
  back,
}: {
  /** The page's Markdown. */
  readonly text: string
  /** Where it is served: its relative links are read from here. */
  readonly base: string
  /** The way back to the season. */
  readonly back: ReactNode
}) {
  return (
    <article className="about-page">
      <p className="about-back">{back}</p>
      <MarkdownView text={text} base={base} />
    </article>
  )
}
