import { entrySeries } from '../engine/scoring/progression-series.ts'
import { chartLines } from './chart-lines.ts'
import { formatPoints } from './format-points.ts'
import { lineStyle, stableStyles, type LineStyle } from './line-palette.ts'
import { acrossChampionships, type PickedEntry } from './picked-entry.ts'
import { shownName } from './provenance.ts'
import { shortNameOf } from './short-name.ts'

/** A line of the gap card (docs/exporting.md#broadcast-graphics). */
export interface CardGapLine {
  /** Without the data's "(driver not published)"; across classes with the class. */
  readonly name: string
  /** Who, at the line's end and in the lower third: "Sargent", across classes "Dickinson (Pro)". */
  readonly endName: string
  /** The gap at the line's end: "−63", "leader" (null: no value yet). */
  readonly endValue: string | null
  /** Points behind the leader after each race; null before the entry is in the table. */
  readonly values: ReadonlyArray<number | null>
  readonly placeholder?: boolean
  /** The line's colour, dash and marker: the entry's style on the charts (line-palette.ts). */
  readonly style: LineStyle
}

/** A gap to the leader at a line's end: "leader" at 0, "−63" behind (the charts' axis words). */
function gapEndWord(gap: number): string {
  return gap === 0 ? 'leader' : `−${formatPoints(gap)}`
}

/** The gap-to-leader lines of the picked entries, each in its own class, up to `step`. */
export function cardGapLines(
  picked: ReadonlyArray<PickedEntry>,
  step: number,
  isPlaceholder: (id: string) => boolean,
  /** The order the charts pick styles in (line-palette.ts `styleOrderOf`). */
  styleOrder: ReadonlyArray<string>,
): ReadonlyArray<CardGapLine> {
  const across = acrossChampionships(picked)
  const lines = chartLines(picked, 'gap', false, step)
  const styles = stableStyles(
    lines.map((line) => line.id),
    styleOrder,
  )
  const classOf = new Map(picked.map((p) => [p.id, p.progression.championship.name]))
  return lines.map((line, n) => {
    const pick = picked.find((p) => p.id === line.id)
    const series = pick === undefined ? null : entrySeries(pick.progression, line.id)
    const short = shortNameOf(series ?? line)
    const last = line.values.findLast((v) => v !== null)
    const name = across ? `${short} (${classOf.get(line.id) ?? ''})` : short
    return {
      name: shownName(line.name),
      endName: name,
      endValue: last === undefined || last === null ? null : gapEndWord(last),
      values: line.values,
      placeholder: isPlaceholder(line.id),
      style: styles.get(line.id) ?? lineStyle(n),
    }
  })
}
