import { takeEarlyRead } from './early-read.ts'
import { queryOptions } from '@tanstack/react-query'
import { checkSchema } from './check-schema.ts'
import { formatFault } from './fault.ts'
import { readOverHttp } from './http-reader.ts'
import { parseJson } from './parse-json.ts'
import { joinLocation } from './read-text.ts'
import { seasonIndexSchema, type SeasonIndex } from './season-index-schema.ts'
import { POLL_TIMEOUT_MS, refreshInterval, refreshSeason, type LiveSeason } from './live-season.ts'

/** Where the data folder is served: under the app's base path, so a sub-path deploy works. */
export function dataUrl(path: string): string {
  return joinLocation(`${import.meta.env.BASE_URL}data`, path)
}

/** A data file that could not be used: the message names the file and what is wrong. */
export class DataError extends Error {}

async function fetchSeasonIndex(): Promise<SeasonIndex> {
  const url = dataUrl('index.json')
  const early = takeEarlyRead(url)
  const read = await readOverHttp(url, undefined, early && { early })
  if (read.kind === 'missing') throw new DataError('data/index.json: not found')
  if (read.kind === 'error') throw new DataError(`data/index.json: ${read.message}`)
  const json = parseJson(read.text)
  if (!json.ok) throw new DataError(`data/index.json: ${json.message}`)
  const checked = checkSchema('data/index.json', json.value, seasonIndexSchema)
  if (!checked.ok) throw new DataError(checked.faults.map(formatFault).join('\n'))
  return checked.value
}

/**
 * One query options factory per resource (docs/decisions/001-pure-engine.md): the season index,
 * and a season folder read and validated as a whole. Published files only change when a new
 * result is uploaded, so they stay fresh for a minute; while a race is live or provisional the
 * season is read again every few seconds (live-season.ts).
 */
export const seasonQueries = {
  index: () =>
    queryOptions({ queryKey: ['season-index'], queryFn: fetchSeasonIndex, staleTime: 60_000 }),
  season: (path: string) =>
    queryOptions({
      queryKey: ['season', path],
      queryFn: ({ client, queryKey }) => {
        const previous = client.getQueryData<LiveSeason>(queryKey)
        // The first load may be slow on a phone; a poll that hangs is a failure (stale marker).
        const timeout = previous === undefined ? undefined : POLL_TIMEOUT_MS
        return refreshSeason(
          dataUrl(path),
          (url, options) => {
            // The first load takes the reads index.html started (early-reads.ts), by address.
            const early = previous === undefined ? takeEarlyRead(url) : undefined
            return readOverHttp(url, timeout, early === undefined ? options : { ...options, early })
          },
          previous,
        )
      },
      staleTime: 60_000,
      refetchInterval: (query) => refreshInterval(query.state.data, query.state.status === 'error'),
      refetchIntervalInBackground: false,
      // No retry within a poll: the next poll is the retry, and a commentator must see at once
      // that the data is old (docs/dashboard.md#staleness).
      retry: false,
    }),
}
