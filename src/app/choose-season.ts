import { pickSeason } from '../data/pick-season.ts'
import type { SeasonIndex } from '../data/season-index-schema.ts'
import type { UrlState } from './url-state.ts'

export type IndexSeries = SeasonIndex['series'][number]
export type IndexSeason = IndexSeries['seasons'][number]

export interface SeasonChoice {
  readonly series: IndexSeries
  readonly season: IndexSeason
}

/** The season the address asks for, or the fallback (the rule: data/pick-season.ts). */
export function chooseSeason(index: SeasonIndex, state: UrlState): SeasonChoice | null {
  return pickSeason(index, state.series, state.season)
}
