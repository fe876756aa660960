import type { CardContent, CardNumber } from '../model/card-content.ts'
import { MUTED, SOFT, type BodyArea } from './card-frame.ts'
import { placeholderTagSvg } from './card-footnote.ts'
import { drawRow } from './permutations-card.ts'
import { clip, svgText as text } from './svg-text.ts'
import { textWidth, wrapToWidth } from './text-width.ts'

/**
 * Numbers side by side, `width` px apart, each over what it counts (and its detail under that):
 * returns the SVG and how far under the numbers' baseline it reaches.
 */
export function numbersSvg(
  numbers: ReadonlyArray<CardNumber>,
  x: number,
  y: number,
  width: number,
  size: number,
): { readonly svg: string; readonly depth: number } {
  const small = Math.max(18, Math.round(size * 0.3))
  const svg = numbers
    .map((n, i) => {
      const at = x + i * width
      const label = clip(n.label.toUpperCase(), width - 24, small, true)
      const detail =
        n.detail === undefined
          ? ''
          : text(
              at,
              y + size * 0.5 + small * 1.3,
              small,
              clip(n.detail, width - 24, small),
              `fill="${MUTED}"`,
            )
      return `${text(at, y, size, n.value, 'class="card-number" font-weight="800"')}${text(at, y + size * 0.5, small, label, `font-weight="700" letter-spacing="1" fill="${MUTED}"`)}${detail}`
    })
    .join('')
  const detailed = numbers.some((n) => n.detail !== undefined)
  return { svg, depth: size * 0.5 + (detailed ? small * 1.3 : 0) }
}

/** The smallest size the clinch sentence is set in (px at 1920 × 1080). */
const LEAST_SENTENCE = 20

/**
 * The clinch card's body (docs/exporting.md#broadcast-graphics): the leader, the numbers behind
 * the sentence (points, the lead, points left), the sentence, then the leader's line of the
 * permutation table — the best result that clinches and what it takes — where all of it fits;
 * the whole set in the middle of the space.
 */
export function clinchBody(input: CardContent, { box, frame }: BodyArea): string {
  const { left, right, top, bottom } = box
  const wide = frame.width > frame.height
  const { clinch } = input
  const draw = (start: number, withLine: boolean, sentenceSize: number) => {
    const nameSize = wide ? 104 : 84
    let y = start + nameSize * 0.75
    const parts = [
      text(
        left,
        y,
        nameSize,
        clip(clinch.leader, right - left, nameSize, true),
        'font-weight="800"',
      ),
    ]
    if (clinch.placeholder === true) {
      parts.push(placeholderTagSvg(left, y + 40, 28))
      y += 40
    }
    const numbers = clinch.numbers ?? []
    if (numbers.length > 0) {
      const size = wide ? 96 : 72
      y += 50 + size * 0.75
      const drawn = numbersSvg(numbers, left, y, (right - left) / Math.max(3, numbers.length), size)
      parts.push(drawn.svg)
      y += drawn.depth
    }
    y += 30
    for (const line of wrapToWidth(clinch.text, right - left, sentenceSize)) {
      y += sentenceSize * 1.3
      parts.push(text(left, y, sentenceSize, line))
    }
    const { line } = clinch
    if (withLine && line !== undefined && line !== null) {
      const size = wide ? 32 : 28
      const headY = y + 36 + size
      const resultWidth = textWidth(line.row.result, size, true)
      const badgeX = wide ? left + Math.min((right - left) * 0.4, resultWidth) + 30 : right - 150
      const row = drawRow(line.row, headY + 12, {
        left,
        right,
        badgeX,
        conditionsX: wide ? badgeX + 180 : left + 40,
        size,
        lineHeight: Math.round(size * 1.35),
        wide,
      })
      parts.push(text(left, headY, size * 0.8, line.heading, `fill="${SOFT}"`), row.svg)
      y = row.bottom
    }
    return { svg: parts.join(''), end: y }
  }
  // The leader's line only where all of it fits: the permutations card has the table in full.
  // A sentence too long for its size is set smaller until it fits: never cut off on air.
  const full = wide ? 46 : 38
  const withLine = draw(top, true, full).end <= bottom
  let size = full
  while (size > LEAST_SENTENCE && draw(top, withLine, size).end > bottom) size -= 2
  const slack = bottom - draw(top, withLine, size).end
  return draw(top + Math.max(0, slack / 2), withLine, size).svg
}
