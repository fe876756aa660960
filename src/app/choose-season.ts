import type { SeasonIndex } from '../data/season-index-schema.ts'
import type { UrlState } from './url-state.ts'

export type IndexSeries = SeasonIndex['series'][number]
export type IndexSeason = IndexSeries['seasons'][number]

export interface SeasonChoice {
  readonly series: IndexSeries
  readonly season: IndexSeason
}

/**
 * The season the address asks for, or the fallback: no series or an unknown one gives the index
 * default (or the first series); an unknown season gives the default season when it is in that
 * series, else the series' first (newest) season. A season without a series is looked up in the
 * default series.
 */
export function chooseSeason(index: SeasonIndex, state: UrlState): SeasonChoice | null {
  const fallback = index.default
  const series =
    index.series.find((s) => s.id === state.series) ??
    index.series.find((s) => s.id === fallback?.series) ??
    index.series[0]
  if (series === undefined) return null
  const named = state.series === series.id
  const wanted = named || state.series === null ? state.season : null
  const season =
    series.seasons.find((s) => s.season === wanted) ??
    series.seasons.find((s) => series.id === fallback?.series && s.season === fallback.season) ??
    series.seasons[0]
  return season === undefined ? null : { series, season }
}
