import type { ChartKind } from '../../model/chart-lines.ts'
import { formatPoints } from '../../model/format-points.ts'
import { niceTicks } from '../../model/nice-ticks.ts'

/**
 * The value axis of a line chart: nice ticks from the zero baseline that cover the data with less
 * than a step to spare (points 0–402 → 0…500, not 600), and for positions every place from 1
 * (every fifth past 25), so the leaders' lines are labelled too.
 */
export function axisTicks(kind: ChartKind, values: ReadonlyArray<number>): ReadonlyArray<number> {
  const max = Math.max(0, ...values)
  if (kind !== 'position') return niceTicks(0, max)
  const last = Math.max(1, Math.ceil(max))
  const every = last <= 25 ? 1 : 5
  return [1, ...Array.from({ length: Math.floor(last / every) }, (_, i) => (i + 1) * every)].filter(
    (tick, i, all) => i === 0 || tick !== all[i - 1],
  )
}

/**
 * How a tick or a line's end label reads: points as the tables write them (1954's 28 1/7, never
 * 28.142857); the gap axis counts down from the leader ("leader", "−50", "−16 6/7").
 */
export function tickText(kind: ChartKind, value: number): string {
  if (kind === 'position') return String(value)
  if (kind === 'points') return formatPoints(value)
  return value === 0 ? 'leader' : `−${formatPoints(value)}`
}
