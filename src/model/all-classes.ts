import type { ChampionshipProgression } from '../engine/scoring/progression.ts'
import { standingsAt, type StandingRow } from '../engine/scoring/standings.ts'

export interface AllClassesRow {
  readonly row: StandingRow
  /** The class championship the row comes from. */
  readonly championshipId: string
  readonly classId: string
  /** First in its class table (the one every class gap is measured to). */
  readonly classLeader: boolean
}

/**
 * Every driver of every class championship in one list, by points (class points, so the order
 * across classes compares points tallies only), then class order and class position. Each row
 * keeps its class position and in-class gaps.
 */
export function allClassesAt(
  championships: ReadonlyArray<ChampionshipProgression>,
  step: number,
): ReadonlyArray<AllClassesRow> {
  return (
    championships
      .flatMap((progression) =>
        standingsAt(progression, step).map((row, rank): AllClassesRow => ({
          row,
          championshipId: progression.championship.id,
          classId: progression.championship.classes?.[0] ?? '',
          classLeader: rank === 0,
        })),
      )
      // A stable sort: level on points, the class listed first, then that class's own order.
      .toSorted((a, b) => b.row.points - a.row.points)
  )
}
