import { computeSeasonStandings, type SeasonStandings } from '../engine/scoring/season-standings.ts'
import type { RaceFile, Season } from '../engine/types.ts'

/**
 * "As it stands": the standings if every live race ended in its current running order
 * (docs/scoring-rules.md#as-it-stands). A live running order is never a result: this is a
 * projection, shown marked as such, next to the standings before the race. Null when no race is
 * live.
 */
export interface AsItStands {
  readonly standings: SeasonStandings
  /** Ids of the races scored from their running order. */
  readonly liveRaces: ReadonlyArray<string>
  /** The files with each live running order read as a result. */
  readonly files: ReadonlyMap<string, RaceFile>
}

export function asItStands(
  season: Season,
  files: ReadonlyMap<string, RaceFile>,
): AsItStands | null {
  const liveRaces: Array<string> = []
  const projected = new Map<string, RaceFile>()
  for (const [id, file] of files) {
    if (file.kind === 'results' && file.results.status === 'live' && file.results.rows.length > 0) {
      liveRaces.push(id)
      projected.set(id, { kind: 'results', results: { ...file.results, status: 'provisional' } })
    } else projected.set(id, file)
  }
  if (liveRaces.length === 0) return null
  return { standings: computeSeasonStandings(season, projected), liveRaces, files: projected }
}
