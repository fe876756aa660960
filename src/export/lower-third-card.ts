import type { CardContent } from '../model/card-content.ts'
import { NO_PAIR } from '../model/card-pair.ts'
import type { CardKind } from './card-kinds.ts'
import { MUTED, SOFT, type Box } from './card-frame.ts'
import { markedNameSvg, placeholderMarkWidth, placeholderTagSvg } from './card-footnote.ts'
import { numbersSvg } from './clinch-card.ts'
import { classBadgeSvg } from './h2h-card.ts'
import { drawRow } from './permutations-card.ts'
import { clip, svgText as text, wrapAtMost } from './svg-text.ts'
import { textWidth } from './text-width.ts'

/** A name in a lower third's cell, cut to `room` with its placeholder word after it. */
function cellName(x: number, y: number, size: number, name: string, room: number, tag: boolean) {
  const mark = tag ? placeholderMarkWidth(size) : 0
  return markedNameSvg(x, y, size, clip(name, room - mark, size, true), tag)
}

/** Up to five entries side by side: a name over a large number (and what follows it). */
function cells(
  box: Box,
  items: ReadonlyArray<{
    readonly over: string
    readonly name: string
    readonly value: string
    readonly after: string
    readonly tag: boolean
    readonly extra: (x: number, y: number) => string
  }>,
): string {
  // Five across at most; two or three take a third of the band each.
  const width = (box.right - box.left) / Math.max(3, Math.min(5, items.length))
  return items
    .slice(0, 5)
    .map((item, i) => {
      const x = box.left + i * width
      const over = item.over === '' ? 0 : textWidth(item.over, 30, true) + 14
      const size = 64
      const valueY = box.top + 34 + 24 + size * 0.8
      return `${item.over === '' ? '' : text(x, box.top + 34, 30, item.over, `font-weight="700" fill="${MUTED}"`)}${cellName(x + over, box.top + 34, 34, item.name, width - over - 24, item.tag)}${text(x, valueY, size, item.value, 'font-weight="800"')}${text(x + textWidth(item.value, size, true) + 12, valueY, 30, item.after, `fill="${SOFT}"`)}${item.extra(x, valueY + 14)}`
    })
    .join('')
}

/**
 * A lower third's body (docs/exporting.md#templates): the card said in one band across the foot
 * of the picture — the top five, the gaps of the chart's lines, the pair and its gap, the leader
 * with the numbers and the sentence, or the permutations' headline and best result.
 */
export function lowerThirdBody(kind: CardKind, input: CardContent, box: Box): string {
  const { left, right, top, bottom } = box
  const mid = (left + right) / 2
  switch (kind) {
    case 'standings':
      return cells(
        box,
        input.standings.map((row) => ({
          over: String(row.position),
          name: row.name,
          value: row.points,
          after: row.gap,
          tag: row.placeholder === true,
          extra: (x, y) =>
            row.classTag === undefined ? '' : classBadgeSvg(row.classTag, x, y, 18),
        })),
      )
    case 'gap':
      return cells(
        box,
        input.gap.lines.map((line) => ({
          over: '',
          name: line.endName,
          value: line.endValue ?? '',
          after: '',
          tag: line.placeholder === true,
          // The line's colour over its name, as on the chart.
          extra: (x) =>
            `<rect x="${x}" y="${top - 8}" width="120" height="8" fill="${line.style.onDark}"/>`,
        })),
      )
    case 'h2h': {
      const pair = input.h2h
      if (pair === null) return text(left, top + 60, 40, input.noPair ?? NO_PAIR)
      const nameY = top + 52
      const [classA, classB] = pair.classes ?? [null, null]
      const [tagA, tagB] = pair.placeholders ?? [false, false]
      const room = mid - 140 - left
      return `${text(mid - 140, nameY, 48, clip(pair.a, room, 48, true), 'text-anchor="end" font-weight="800"')}${text(mid + 140, nameY, 48, clip(pair.b, room, 48, true), 'font-weight="800"')}${classA === null ? '' : classBadgeSvg(classA, mid - 140, nameY + 16, 20, 'end')}${classB === null ? '' : classBadgeSvg(classB, mid + 140, nameY + 16, 20)}${tagA ? placeholderTagSvg(mid - 140, nameY + 80, 20, 'end') : ''}${tagB ? placeholderTagSvg(mid + 140, nameY + 80, 20) : ''}${text(mid, top + 96, 104, pair.gap.figure, 'class="gap-figure" text-anchor="middle" font-weight="800"')}${text(mid, Math.min(top + 146, bottom - 8), 28, clip(pair.gap.sentence, right - left, 28), `text-anchor="middle" fill="${SOFT}"`)}`
    }
    case 'clinch': {
      // The leader and the sentence on the left, the numbers on the right.
      const { clinch } = input
      const room = mid - left - 40
      const name = text(
        left,
        top + 56,
        60,
        clip(clinch.leader, room, 60, true),
        'font-weight="800"',
      )
      const tag =
        clinch.placeholder === true ? placeholderTagSvg(left + room, top + 56, 20, 'end') : ''
      const fit = Math.max(1, Math.floor((bottom - top - 106) / 34) + 1)
      const shown = wrapAtMost(clinch.text, room, 28, fit)
      const numbers = numbersSvg(clinch.numbers ?? [], mid, top + 56, (right - mid) / 3, 64)
      return `${name}${tag}${shown.map((line, i) => text(left, top + 106 + i * 34, 28, line)).join('')}${numbers.svg}`
    }
    case 'permutations': {
      const board = input.permutations
      const sentence = input.clinch.text === '' ? board.headline : input.clinch.text
      const lines = wrapAtMost(sentence, right - left, 30, 2, true)
      const head = lines.map((line, i) =>
        text(left, top + 30 + i * 40, 30, line, 'font-weight="700"'),
      )
      const first = board.rows[0]
      const rowTop = top + 30 + (lines.length - 1) * 40 + 16
      const size = 28
      const row =
        first === undefined
          ? null
          : drawRow(first, rowTop, {
              left,
              right,
              badgeX: left + Math.min(400, textWidth(first.result, size, true)) + 30,
              conditionsX: left + Math.min(400, textWidth(first.result, size, true)) + 210,
              size,
              lineHeight: 36,
              wide: true,
            })
      return `${head.join('')}${row !== null && row.bottom <= bottom + 8 ? row.svg : ''}`
    }
  }
}
