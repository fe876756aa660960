import { formatPoints } from './format-points.ts'
import type { HeadToHead } from './head-to-head.ts'
import { sidePlace, type PairStanding } from './pair-standing.ts'

/** One line of a pair's season totals: what it counts, A's value, B's value. */
export type TotalsRow = readonly [label: string, a: string, b: string]

/**
 * A pair's season side by side, as the head-to-head view and its broadcast card both list it:
 * where each stands in its own table ("2nd in Pro"), points, who finished ahead more often, and
 * the counts (docs/dashboard.md#views).
 */
export function headToHeadTotals(
  pair: HeadToHead,
  standing: PairStanding,
): ReadonlyArray<TotalsRow> {
  const { a, b } = pair
  const counts = (label: string, of: (row: HeadToHead['a']) => number): TotalsRow => [
    label,
    String(of(a)),
    String(of(b)),
  ]
  return [
    ['Position', sidePlace(standing.a), sidePlace(standing.b)],
    ['Points', formatPoints(a.points), formatPoints(b.points)],
    ['Finished ahead', String(pair.aheadCount.a), String(pair.aheadCount.b)],
    counts('Wins', (row) => row.stats.wins),
    counts('Podiums', (row) => row.stats.podiums),
    counts('Poles', (row) => row.stats.poles),
    counts('Fastest laps', (row) => row.stats.fastestLaps),
    counts('DNFs', (row) => row.stats.dnfs),
  ]
}
