import { ID_PATTERN } from './id-pattern.ts'

/** The `series` of an address: an id (id-pattern.ts), else none (the default is used). */
export function seriesParam(text: string | null): string | null {
  return text !== null && ID_PATTERN.test(text) ? text : null
}

/** The `season` of an address: a year of four digits, else none (the default is used). */
export function seasonParam(text: string | null): number | null {
  return text !== null && /^\d{4}$/.test(text) ? Number(text) : null
}

/** What the choice reads of a series in the index (season-index-schema.ts). */
interface ListedSeries {
  readonly id: string
  readonly seasons: ReadonlyArray<{ readonly season: number }>
}

/** What the choice reads of the index: its series and its default. */
export interface ListedIndex<Series extends ListedSeries> {
  readonly series: ReadonlyArray<Series>
  readonly default?: { readonly series: string; readonly season: number } | undefined
}

/**
 * The season an address asks for, or the fallback: no series or an unknown one gives the index
 * default (or the first series); an unknown season gives the default season when it is in that
 * series, else the series' first (newest) season. A season without a series is looked up in the
 * default series. Import-free: index.html runs it too, to start the first reads before the code
 * arrives (early-reads.ts), so both pick the same files.
 */
export function pickSeason<Series extends ListedSeries>(
  index: ListedIndex<Series>,
  seriesId: string | null,
  seasonNumber: number | null,
): { readonly series: Series; readonly season: Series['seasons'][number] } | null {
  const fallback = index.default
  const series =
    index.series.find((s) => s.id === seriesId) ??
    index.series.find((s) => s.id === fallback?.series) ??
    index.series[0]
  if (series === undefined) return null
  const named = seriesId === series.id
  const wanted = named || seriesId === null ? seasonNumber : null
  const season =
    series.seasons.find((s) => s.season === wanted) ??
    series.seasons.find((s) => series.id === fallback?.series && s.season === fallback.season) ??
    series.seasons[0]
  return season === undefined ? null : { series, season }
}
