import type { CardContent, CardGapLine } from '../model/card-content.ts'
import { chartAxisLabel } from '../model/chart-lines.ts'
import { formatPoints } from '../model/format-points.ts'
import { scaledDash } from '../model/line-palette.ts'
import { niceTicks } from '../model/nice-ticks.ts'
import { spreadLabels } from '../model/spread-labels.ts'
import { MUTED, SOFT, type BodyArea } from './card-frame.ts'
import { placeholderTagSvg } from './card-footnote.ts'
import { round, svgText as text } from './svg-text.ts'
import { textWidth } from './text-width.ts'

/** Okabe–Ito colours that read on the dark panel, each line with its own dash too. */

/** What a line's end label says: "Sargent −63". */
function endLabel(line: CardGapLine): string {
  return line.endValue === null ? line.endName : `${line.endName} ${line.endValue}`
}

/**
 * The gap card's body (docs/exporting.md#broadcast-graphics): points behind the leader after
 * every race, ticks of 1, 2 or 5 × 10ⁿ (model/nice-ticks.ts) from 0 at the top, and each line
 * named at its end ("Sargent −63"), the names spread apart so none touch (model/spread-labels.ts)
 * and the plot ending short of the right edge by the longest of them.
 */
export function gapBody(input: CardContent, { box, frame }: BodyArea): string {
  const { left, right, top, bottom } = box
  const wide = frame.width > frame.height
  const { lines, labels } = input.gap
  const labelSize = wide ? 28 : 24
  const tickSize = wide ? 24 : 22
  const values = lines.flatMap((line) => line.values.filter((v): v is number => v !== null))
  const found = niceTicks(0, Math.max(0, ...values), 4)
  const ticks = found.length > 1 ? found : [0, 1]
  const deepest = ticks.at(-1) ?? 1
  const plotLeft = left + Math.max(...ticks.map((t) => textWidth(formatPoints(t), tickSize))) + 20
  const tagged = lines.some((line) => line.placeholder === true)
  const reserve =
    Math.max(0, ...lines.map((line) => textWidth(endLabel(line), labelSize, true))) + 44
  const plotRight = right - reserve
  const plotTop = top + 64
  const plotBottom = bottom - tickSize - 22
  const steps = Math.max(1, labels.length - 1)
  const x = (i: number) =>
    labels.length === 1
      ? (plotLeft + plotRight) / 2
      : plotLeft + ((plotRight - plotLeft) * i) / steps
  const y = (v: number) => plotTop + ((plotBottom - plotTop) * v) / deepest
  const grid = ticks
    .map(
      (tick) =>
        `<line x1="${round(plotLeft)}" x2="${round(plotRight)}" y1="${round(y(tick))}" y2="${round(y(tick))}" stroke="#ffffff" stroke-opacity="${tick === 0 ? 0.45 : 0.15}"/>${text(plotLeft - 16, y(tick) + tickSize * 0.36, tickSize, formatPoints(tick), `class="tick" text-anchor="end" fill="${MUTED}"`)}`,
    )
    .join('')
  // Every race labelled where they fit; else every k-th, counted back from the last.
  const widest = Math.max(0, ...labels.map((label) => textWidth(label, tickSize)))
  const every = Math.max(1, Math.ceil((widest + 16) / ((plotRight - plotLeft) / steps)))
  const races = labels
    .map((label, i) =>
      (labels.length - 1 - i) % every === 0
        ? text(
            x(i),
            plotBottom + tickSize + 14,
            tickSize,
            label,
            `text-anchor="middle" fill="${MUTED}"`,
          )
        : '',
    )
    .join('')
  const ends = lines.flatMap((line, n) => {
    const last = line.values.findLastIndex((v) => v !== null)
    const value = line.values[last]
    return value === undefined || value === null ? [] : [{ line, n, x: x(last), y: y(value) }]
  })
  const placed = spreadLabels(
    ends.map((end) => ({ id: String(end.n), y: end.y })),
    labelSize * 1.2 + (tagged ? labelSize * 0.7 : 0),
    plotTop,
    plotBottom,
  )
  const paths = lines
    .map((line) => {
      const points = line.values.flatMap((v, i) =>
        v === null ? [] : [`${round(x(i))},${round(y(v))}`],
      )
      const { onDark: color, dash } = line.style
      return `<polyline points="${points.join(' ')}" fill="none" stroke="${color}" stroke-width="6" stroke-linejoin="round" stroke-dasharray="${scaledDash(dash, 3)}"/>`
    })
    .join('')
  const named = ends
    .map(({ line, n, x: endX, y: endY }) => {
      const at = placed.get(String(n)) ?? endY
      const color = line.style.onDark
      const labelX = plotRight + 40
      const tag =
        line.placeholder === true
          ? placeholderTagSvg(labelX, at + labelSize * 1.1, labelSize * 0.6)
          : ''
      return `<circle cx="${round(endX)}" cy="${round(endY)}" r="8" fill="${color}"/><path d="M${round(endX + 10)},${round(endY)} L${round(plotRight + 16)},${round(at)} H${round(labelX - 6)}" fill="none" stroke="${color}" stroke-width="3"/>${text(labelX, at + labelSize * 0.36, labelSize, endLabel(line), 'class="end-label" font-weight="700"')}${tag}`
    })
    .join('')
  return `${text(left, top + 26, 26, chartAxisLabel('gap', input.gap.across === true), `fill="${SOFT}"`)}${grid}${races}${paths}${named}`
}
