import type { CardContent } from '../model/card-content.ts'
import { alwaysLine, fitBoard } from '../model/board-fit.ts'
import type { PermutationsBoardRow } from '../model/permutations-board.ts'
import { wrapText } from '../model/wrap-text.ts'
import { SOFT, type BodyArea } from './card-frame.ts'
import { svgText as text } from './svg-text.ts'

/** Average glyph width of the card's font, in em, for sizing columns by their text. */
const GLYPH = 0.5
/** The space above each row, in lines. */
const ROW_PAD = 0.4

/**
 * The permutations card's body (docs/exporting.md#broadcast-graphics): the outlook sentence, then
 * the results that clinch, as the booth's board shows them (model/permutations-board.ts), as many
 * as fit and a last line saying how many more. 16:9 sets each result beside its conditions; the
 * square card puts the conditions under the result.
 */
export function permutationsBody(input: CardContent, { box, frame }: BodyArea): string {
  const wide = frame.width > frame.height
  const { left, right, top, bottom } = box
  const board = input.permutations
  const sentence = input.clinch.text === '' ? board.headline : input.clinch.text
  const sentenceSize = wide ? 44 : 38
  const sentenceLines = wrapText(sentence, Math.floor((right - left) / (sentenceSize * GLYPH)))
  const sentenceStep = Math.round(sentenceSize * 1.3)
  const head = sentenceLines
    .map((line, i) =>
      text(left, top + sentenceSize + i * sentenceStep, sentenceSize, line, 'font-weight="700"'),
    )
    .join('')
  const size = wide ? 34 : 30
  const lineHeight = Math.round(size * 1.35)
  const rowsTop = top + sentenceSize + (sentenceLines.length - 1) * sentenceStep + sentenceSize
  // The result column is as wide as the longest result (16:9); the conditions take the rest.
  const resultWidth = wide
    ? Math.min(
        (right - left) * 0.4,
        Math.max(0, ...board.rows.map((row) => row.result.length)) * size * GLYPH,
      )
    : 0
  const badgeX = wide ? left + resultWidth + 30 : right - 150
  const conditionsX = wide ? badgeX + 180 : left + 40
  const fitted = fitBoard(board, {
    lines: Math.floor((bottom - rowsTop) / lineHeight),
    charsPerLine: Math.floor((right - conditionsX) / (size * GLYPH)),
    resultLine: !wide,
    spacing: ROW_PAD,
  })
  let y = rowsTop
  const rows = fitted.rows.map((row) => {
    const drawn = drawRow(row, y, { left, right, badgeX, conditionsX, size, lineHeight, wide })
    y = drawn.bottom
    return drawn.svg
  })
  const more =
    fitted.moreText === null
      ? ''
      : text(left, y + lineHeight * 0.75, size * 0.85, fitted.moreText, `fill="${SOFT}"`)
  return `${head}${rows.join('')}${more}`
}

export interface RowLayout {
  readonly left: number
  readonly right: number
  readonly badgeX: number
  readonly conditionsX: number
  readonly size: number
  readonly lineHeight: number
  readonly wide: boolean
}

/** One result: a rule above it, the result, its verdict badge, each condition on its lines. */
export function drawRow(row: PermutationsBoardRow, top: number, at: RowLayout) {
  const { left, right, badgeX, conditionsX, size, lineHeight, wide } = at
  const baseline = top + lineHeight * (ROW_PAD + 0.75)
  const always = row.clinches === 'always'
  const badge = always
    ? `<rect x="${badgeX}" y="${baseline - size * 0.85}" width="150" height="${size * 1.1}" rx="8" fill="#56d364"/>${text(badgeX + 75, baseline - size * 0.05, size * 0.7, 'ALWAYS', 'text-anchor="middle" font-weight="800" fill="#000000"')}`
    : `<rect x="${badgeX}" y="${baseline - size * 0.85}" width="150" height="${size * 1.1}" rx="8" fill="none" stroke="#ffffff" stroke-width="3" stroke-dasharray="10 6"/>${text(badgeX + 75, baseline - size * 0.05, size * 0.7, 'IF', 'text-anchor="middle" font-weight="800"')}`
  const chars = Math.floor((right - conditionsX) / (size * GLYPH))
  const lines = [
    ...row.conditions.flatMap((condition) =>
      wrapText(condition, chars).map((line) => ({ line, fill: '#e8eaee' })),
    ),
    // A bonus that makes the place certain, in the colour of "always".
    ...(row.alwaysWith === null
      ? []
      : wrapText(alwaysLine(row.alwaysWith), chars).map((line) => ({ line, fill: '#56d364' }))),
  ]
  const first = wide ? baseline : baseline + lineHeight
  const conditions = lines
    .map(({ line, fill }, i) =>
      text(conditionsX, first + i * lineHeight, size, line, `fill="${fill}"`),
    )
    .join('')
  const rule = `<line x1="${left}" x2="${right}" y1="${top}" y2="${top}" stroke="#ffffff" stroke-opacity="0.18"/>`
  const bottom =
    top + lineHeight * ROW_PAD + (wide ? 0 : lineHeight) + Math.max(1, lines.length) * lineHeight
  return {
    svg: `${rule}${text(left, baseline, size, row.result, 'font-weight="800"')}${badge}${conditions}`,
    bottom,
  }
}
