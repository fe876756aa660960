import { queryOptions } from '@tanstack/react-query'
import { readOverHttp } from './http-reader.ts'
import { DataError, dataUrl } from './season-queries.ts'

/** A season's page about its data, as the Markdown it is written in. */
export interface AboutPage {
  readonly text: string
  /** Where it is served: its relative links are read from here. */
  readonly url: string
}

async function fetchAboutPage(path: string): Promise<AboutPage> {
  const url = dataUrl(path)
  // UTF-8 or refused, as every data file (http-reader.ts): "—" and "é" read as written, never
  // as the Latin-1 a browser guesses for a Markdown file served without a charset.
  const read = await readOverHttp(url)
  if (read.kind === 'missing') throw new DataError(`data/${path}: not found`)
  if (read.kind === 'error') throw new DataError(`data/${path}: ${read.message}`)
  return { text: read.text, url }
}

/**
 * The page a season's index entry names in `about` (docs/data-format.md#the-index), read
 * when the page is opened. It changes only with a new build, so it is kept for the visit.
 */
export const aboutQueries = {
  page: (path: string) =>
    queryOptions({
      queryKey: ['about', path],
      queryFn: () => fetchAboutPage(path),
      staleTime: Infinity,
    }),
}
