import { entrySeries } from '../engine/scoring/progression-series.ts'
import { acrossChampionships, type PickedEntry } from './picked-entry.ts'

/** The line charts of a championship: gap to the leader, cumulative points, position. */
export const CHART_KINDS = ['gap', 'points', 'position'] as const
export type ChartKind = (typeof CHART_KINDS)[number]

/**
 * What a chart's value axis counts: its label, the words its summary says a value in, and the gap
 * card's caption (docs/exporting.md#broadcast-graphics). `across`: lines of several classes.
 */
export function chartAxisLabel(kind: ChartKind, across: boolean): string {
  switch (kind) {
    case 'gap':
      // Across classes each line is measured to its own class leader.
      return across ? 'Points behind the class leader' : 'Points behind the leader'
    case 'points':
      return 'Points'
    case 'position':
      return 'Championship position'
  }
}

/** Every chart the Charts view offers (`chart=` in the URL): the line charts and the pair gap. */
export const CHART_VIEWS = [...CHART_KINDS, 'pair'] as const
export type ChartView = (typeof CHART_VIEWS)[number]

export interface ChartLine {
  readonly id: string
  readonly name: string
  /** The driver's short name as the data gives it, if it does (model/short-name.ts `shortNameOf`). */
  readonly shortName?: string
  /** One value per progression step up to the step shown; null before the entry appears. */
  readonly values: ReadonlyArray<number | null>
}

/**
 * The lines of a chart: for each chosen entry its gap to the leader, cumulative points or
 * championship position after every race up to `lastStep`, before or after drops.
 */
export function chartLines(
  picked: ReadonlyArray<PickedEntry>,
  kind: ChartKind,
  beforeDrops: boolean,
  lastStep: number,
): ReadonlyArray<ChartLine> {
  // Lines from several class championships say whose class each measures in.
  const across = acrossChampionships(picked)
  return picked.flatMap(({ progression, id }) => {
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
    const values = source.slice(0, lastStep + 1)
    // A line across classes is labelled by its whole name and class, never a short name.
    if (across) return [{ id, name: `${series.name} (${progression.championship.name})`, values }]
    const { name, shortName } = series
    return [shortName === undefined ? { id, name, values } : { id, name, shortName, values }]
  })
}
