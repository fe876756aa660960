import type { CardContent } from '../model/card-content.ts'
import { NO_PAIR } from '../model/card-pair.ts'
import type { ClassTag } from '../model/card-standings.ts'
import { MUTED, SOFT, type BodyArea } from './card-frame.ts'
import { placeholderTagSvg } from './card-footnote.ts'
import { clip, pillSvg, svgText as text } from './svg-text.ts'
import { wrapToWidth } from './text-width.ts'

/** A class badge at a name: a filled pill in the class colour. */
export function classBadgeSvg(
  tag: ClassTag,
  x: number,
  y: number,
  size: number,
  anchor: 'start' | 'end' | 'middle' = 'start',
): string {
  return pillSvg({ x, y, size, text: tag.name, fill: tag.color, color: tag.text, anchor }).svg
}

/**
 * The head-to-head card's body: the two names (with their class badges when the pair spans
 * classes), the gap as the largest figure and in words under it, then their season side by side.
 */
export function h2hBody(input: CardContent, { box, frame }: BodyArea): string {
  const { left, right, top, bottom } = box
  const wide = frame.width > frame.height
  const pair = input.h2h
  if (pair === null) return text(left, top + 80, 48, input.noPair ?? NO_PAIR)
  const mid = (left + right) / 2
  const nameSize = wide ? 56 : 44
  const nameY = top + nameSize
  const [tagA, tagB] = pair.placeholders ?? [false, false]
  const [classA, classB] = pair.classes ?? [null, null]
  const under = nameY + 16
  const badgeSize = wide ? 24 : 20
  const marks = [
    classA === null ? '' : classBadgeSvg(classA, mid - 60, under, badgeSize, 'end'),
    classB === null ? '' : classBadgeSvg(classB, mid + 60, under, badgeSize),
  ]
  // A placeholder's word under its name, below the class badge when there is one.
  const tagY = under + (pair.classes === null ? 28 : badgeSize * 1.6 + 30)
  const head = `${text(mid - 60, nameY, nameSize, clip(pair.a, mid - 60 - left, nameSize, true), 'text-anchor="end" font-weight="800"')}${text(mid, nameY - 4, nameSize * 0.6, 'v', `text-anchor="middle" fill="${MUTED}"`)}${text(mid + 60, nameY, nameSize, clip(pair.b, right - mid - 60, nameSize, true), 'font-weight="800"')}${marks.join('')}${tagA ? placeholderTagSvg(mid - 60, tagY, 24, 'end') : ''}${tagB ? placeholderTagSvg(mid + 60, tagY, 24) : ''}`
  const figureSize = wide ? 150 : 120
  const figureY = tagY + figureSize * 0.95
  const sentenceSize = wide ? 36 : 30
  const sentence = wrapToWidth(pair.gap.sentence, right - left, sentenceSize)
  const sentenceY = figureY + sentenceSize * 1.6
  const gap = `${text(mid, figureY, figureSize, pair.gap.figure, 'class="gap-figure" text-anchor="middle" font-weight="800"')}${sentence.map((line, i) => text(mid, sentenceY + i * sentenceSize * 1.25, sentenceSize, line, `text-anchor="middle" fill="${SOFT}"`)).join('')}`
  const rowsTop = sentenceY + (sentence.length - 1) * sentenceSize * 1.25 + 40
  const rowHeight = Math.min(64, (bottom - rowsTop) / Math.max(1, pair.rows.length))
  const rows = pair.rows
    .map(([label, va, vb], i) => {
      const y = rowsTop + (i + 0.8) * rowHeight
      const size = rowHeight * 0.62
      return `${text(mid - 220, y, size, va, 'text-anchor="end" font-weight="800"')}${text(mid, y, size * 0.72, label, `text-anchor="middle" fill="${SOFT}"`)}${text(mid + 220, y, size, vb, 'font-weight="800"')}`
    })
    .join('')
  return `${head}${gap}${rows}`
}
