import type { CardContent } from '../model/card-content.ts'
import { formatPoints } from '../model/format-points.ts'
import { niceTicks } from '../model/nice-ticks.ts'
import { permutationsHeading } from '../model/permutations-table.ts'
import { wrapText as wrap } from '../model/wrap-text.ts'
import { permutationsBody } from './permutations-card.ts'
import { clip, escapeXml, svgText as text } from './svg-text.ts'
import {
  footnoteOf,
  footnoteSvg,
  markedNameSvg,
  placeholderMarkWidth,
  placeholderTagSvg,
} from './card-footnote.ts'

export { escapeXml }

/**
 * Broadcast graphics as SVG text (docs/exporting.md#broadcast-graphics): the standings table,
 * the gap chart, a head-to-head, the clinch card and the permutations card, 16:9 (1920×1080) or square (1080×1080), in
 * the class colour, marked "reconstructed", "live" or "hypothetical" when the numbers are not
 * official results. Pure: the browser turns the SVG into a PNG.
 */
export type CardKind = 'standings' | 'gap' | 'h2h' | 'clinch' | 'permutations'
export type CardShape = 'wide' | 'square'

export const CARD_SIZES: Readonly<
  Record<CardShape, { readonly width: number; readonly height: number }>
> = {
  wide: { width: 1920, height: 1080 },
  square: { width: 1080, height: 1080 },
}

const LINE_COLORS = ['#d55e00', '#0072b2', '#009e73', '#cc79a7', '#e69f00']
const FONT = "'Liberation Sans', Arial, Helvetica, sans-serif"

function body(
  kind: CardKind,
  input: CardContent,
  width: number,
  height: number,
  top: number,
  /** Where the body ends: above the card's footnote (card-footnote.ts). */
  foot: number,
): string {
  const left = 80
  const right = width - 80
  switch (kind) {
    case 'standings': {
      const count = standingsCount(width, height)
      const rowHeight = Math.min(72, (foot - top - 60) / count)
      return input.standings
        .slice(0, count)
        .map((row, i) => {
          const y = top + (i + 0.75) * rowHeight
          const band =
            i % 2 === 0
              ? `<rect x="${left - 20}" y="${y - rowHeight * 0.72}" width="${right - left + 40}" height="${rowHeight}" fill="#ffffff" fill-opacity="0.06"/>`
              : ''
          return `${band}${text(left, y, rowHeight * 0.55, String(row.position), 'font-weight="700" fill="#9aa3b2"')}${markedNameSvg(left + 90, y, rowHeight * 0.55, clip(row.name, right - left - 90 - 400 - (row.placeholder === true ? Math.max(0, placeholderMarkWidth(rowHeight * 0.55) - 120) : 0), rowHeight * 0.55), row.placeholder === true)}${text(right - 220, y, rowHeight * 0.55, row.points, 'text-anchor="end" font-weight="800"')}${text(right, y, rowHeight * 0.5, row.gap, 'text-anchor="end" fill="#c7cdd8"')}`
        })
        .join('')
    }
    case 'gap': {
      const chartTop = top + 60
      const lines = input.gap.lines
      // A placeholder's mark takes a line under its name in the legend.
      const legend = foot - (lines.some((line) => line.placeholder === true) ? 26 : 0)
      const chartBottom = legend - 140
      const max = Math.max(
        1,
        ...lines.flatMap((line) => line.values.filter((v): v is number => v !== null)),
      )
      const steps = Math.max(1, input.gap.labels.length - 1)
      const x = (i: number) => left + 60 + ((right - left - 60) * i) / steps
      // Gridlines at nice values, each labelled with the points it stands at (a quarter of
      // 16 6/7 labelled "4" stood at 4 3/14).
      const ticks = niceTicks(0, max, 4)
      const bottom = ticks.at(-1) ?? max
      const y = (v: number) => chartTop + ((chartBottom - chartTop) * v) / bottom
      const grid = ticks
        .map(
          (tick) =>
            `<line x1="${left + 60}" x2="${right}" y1="${y(tick)}" y2="${y(tick)}" stroke="#ffffff" stroke-opacity="0.15"/>${text(left + 40, y(tick) + 8, 24, formatPoints(tick), 'text-anchor="end" fill="#9aa3b2"')}`,
        )
        .join('')
      const labels = input.gap.labels
        .map((label, i) =>
          text(x(i), chartBottom + 40, 24, label, 'text-anchor="middle" fill="#9aa3b2"'),
        )
        .join('')
      const paths = lines
        .map((line, n) => {
          const points = line.values.flatMap((v, i) =>
            v === null ? [] : [`${x(i).toFixed(1)},${y(v).toFixed(1)}`],
          )
          const color = LINE_COLORS[n % LINE_COLORS.length] ?? '#ffffff'
          return `<polyline points="${points.join(' ')}" fill="none" stroke="${color}" stroke-width="6" stroke-dasharray="${['', '18 8', '6 8', '24 8 6 8', '12 12'][n % 5] ?? ''}"/>`
        })
        .join('')
      const legendRow = lines
        .map(
          (line, n) =>
            `<rect x="${left + 60 + n * 330}" y="${legend - 80}" width="40" height="12" fill="${LINE_COLORS[n % LINE_COLORS.length] ?? '#fff'}"/>${text(left + 110 + n * 330, legend - 68, 30, clip(line.name, 260, 30))}${line.placeholder === true ? placeholderTagSvg(left + 110 + n * 330, legend - 44, 18) : ''}`,
        )
        .join('')
      return `${grid}${labels}${paths}${legendRow}${text(left, top + 20, 26, 'points behind the leader', 'fill="#9aa3b2"')}`
    }
    case 'h2h': {
      if (input.h2h === null) return text(left, top + 80, 48, 'Pick two drivers for a head-to-head')
      const { a, b, rows } = input.h2h
      const mid = width / 2
      const [tagA, tagB] = input.h2h.placeholders ?? [false, false]
      const head = `${text(mid - 60, top + 70, 56, clip(a, mid - 60 - left, 56), 'text-anchor="end" font-weight="800"')}${text(mid, top + 70, 40, 'v', 'text-anchor="middle" fill="#9aa3b2"')}${text(mid + 60, top + 70, 56, clip(b, right - mid - 60, 56), 'font-weight="800"')}${tagA ? placeholderTagSvg(mid - 60, top + 108, 24, 'end') : ''}${tagB ? placeholderTagSvg(mid + 60, top + 108, 24) : ''}`
      const rowHeight = Math.min(80, (foot - top - 200) / Math.max(1, rows.length))
      return (
        head +
        rows
          .map(([label, va, vb], i) => {
            const y = top + 170 + i * rowHeight
            return `${text(mid - 200, y, rowHeight * 0.6, va, 'text-anchor="end" font-weight="800"')}${text(mid, y, rowHeight * 0.42, label, 'text-anchor="middle" fill="#c7cdd8"')}${text(mid + 200, y, rowHeight * 0.6, vb, 'font-weight="800"')}`
          })
          .join('')
      )
    }
    case 'clinch': {
      const lines = wrap(input.clinch.text, width > height ? 52 : 30)
      const tag = input.clinch.placeholder === true ? placeholderTagSvg(left, top + 170, 28) : ''
      return `${text(left, top + 120, 110, clip(input.clinch.leader, right - left, 110), 'font-weight="800"')}${tag}${lines.map((line, i) => text(left, top + 240 + i * 70, 56, line)).join('')}`
    }
    case 'permutations':
      return permutationsBody(input, width, height, top)
  }
}

/** The standings rows a card of this shape shows. */
function standingsCount(width: number, height: number): number {
  return width > height ? 10 : 12
}

/** Whether a placeholder's name is on the card as drawn: its footnote then says what one is. */
function showsPlaceholder(kind: CardKind, input: CardContent, width: number, height: number) {
  switch (kind) {
    case 'standings':
      return input.standings
        .slice(0, standingsCount(width, height))
        .some((row) => row.placeholder === true)
    case 'gap':
      return input.gap.lines.some((line) => line.placeholder === true)
    case 'h2h':
      return input.h2h?.placeholders?.includes(true) === true
    case 'clinch':
      return input.clinch.placeholder === true
    case 'permutations':
      return false
  }
}

/**
 * The line under a card's title: the race the standings are after ("Standings after R8 · Watkins
 * Glen"), or, on the permutations card, the race its table is for as the Permutations view heads
 * it ("Title permutations for round 18, Japan").
 */
export function cardSubtitle(kind: CardKind, input: CardContent): string {
  const { race } = input.permutations
  return kind === 'permutations' && race !== null ? permutationsHeading(null, race) : input.subtitle
}

/** The largest font size up to `size` at which `content` fits `room` pixels (average glyph ≈ 0.56 em). */
function fitSize(content: string, room: number, size: number): number {
  return Math.max(18, Math.min(size, Math.floor(room / (Math.max(1, content.length) * 0.56))))
}

export function broadcastCard(kind: CardKind, shape: CardShape, input: CardContent): string {
  const { width, height } = CARD_SIZES[shape]
  const badgeSize = shape === 'square' ? 24 : 34
  const badge = input.marking === null ? 0 : input.marking.length * badgeSize * 0.8 + 80
  const room = width - 80 - badge - 40
  const subtitle = cardSubtitle(kind, input)
  const background =
    input.transparent === true ? '' : `<rect width="${width}" height="${height}" fill="#101722"/>`
  const header = `<rect x="0" y="0" width="${width}" height="170" fill="#000000" fill-opacity="${input.transparent === true ? 0.55 : 0.35}"/><rect x="0" y="0" width="24" height="170" fill="${escapeXml(input.accent)}"/>${text(80, 78, fitSize(input.title, room, 54), input.title, 'font-weight="800"')}${text(80, 136, fitSize(subtitle, room, 36), subtitle, 'fill="#c7cdd8"')}`
  const marking =
    input.marking === null
      ? ''
      : `<rect x="${width - 80 - badge + 40}" y="52" width="${badge - 40}" height="${badgeSize + 28}" rx="10" fill="#b42318"/>${text(width - 100, 66 + badgeSize, badgeSize, input.marking.toUpperCase(), 'text-anchor="end" font-weight="800"')}`
  const footnote = footnoteOf(
    {
      reconstructed: input.reconstructed === true,
      placeholder: showsPlaceholder(kind, input, width, height),
    },
    width,
    height,
  )
  const panel =
    input.transparent === true
      ? `<rect x="40" y="190" width="${width - 80}" height="${height - 230}" rx="16" fill="#000000" fill-opacity="0.55"/>`
      : ''
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" fill="#ffffff">${background}${header}${marking}${panel}${body(kind, input, width, height, 220, height - footnote.reserve)}${footnoteSvg(footnote, width, height, input.transparent === true)}${text(width - 40, height - 24, 22, 'Pitboard', 'text-anchor="end" fill="#9aa3b2"')}</svg>`
}
