import type { ChampionshipProgression } from '../../engine/progression.ts'
import { entrySeries } from '../../engine/progression-series.ts'

export type ChartKind = 'gap' | 'points' | 'position'

export interface ChartLine {
  readonly id: string
  readonly name: string
  /** One value per progression step up to the step shown; null before the entry appears. */
  readonly values: ReadonlyArray<number | null>
}

/**
 * The lines of a chart: for each chosen entry its gap to the leader, cumulative points or
 * championship position after every race up to `lastStep`, before or after drops.
 */
export function chartLines(
  progression: ChampionshipProgression,
  ids: ReadonlyArray<string>,
  kind: ChartKind,
  beforeDrops: boolean,
  lastStep: number,
): ReadonlyArray<ChartLine> {
  return ids.flatMap((id) => {
    const series = entrySeries(progression, id)
    if (series === null) return []
    const source =
      kind === 'position'
        ? series.positions
        : kind === 'points'
          ? beforeDrops
            ? series.pointsBeforeDrops
            : series.points
          : beforeDrops
            ? series.gapToLeaderBeforeDrops
            : series.gapToLeader
    return [{ id, name: series.name, values: source.slice(0, lastStep + 1) }]
  })
}

/** Rows for the chart library: one per step, `label` plus one key per line id. */
export function chartRows(
  labels: ReadonlyArray<string>,
  lines: ReadonlyArray<ChartLine>,
): ReadonlyArray<Readonly<Record<string, string | number | null>>> {
  return labels.map((label, step) => {
    const row: Record<string, string | number | null> = { label }
    for (const line of lines) row[line.id] = line.values[step] ?? null
    return row
  })
}
