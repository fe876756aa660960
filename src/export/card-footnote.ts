import { cardFootnote, provenanceMark } from '../model/provenance-words.ts'
import { SOFT } from './card-frame.ts'
import { clip, escapeXml, round, svgText } from './svg-text.ts'
import { textWidth, wrapToWidth } from './text-width.ts'

/**
 * What a broadcast card says of reconstructed data (docs/exporting.md#broadcast-graphics): a
 * footnote along its foot ("Reconstructed results, not official: places no source gives are
 * fill-ins. Placeholder: an entry whose driver was not published."), and the word beside a
 * placeholder's name in the standings. A card never shows a made-up result unmarked.
 */
export interface Footnote {
  readonly lines: ReadonlyArray<string>
  readonly size: number
}

/** The footnote's lines at `size`, wrapped to `room` px (none for official, published data). */
export function footnoteOf(
  note: { readonly reconstructed: boolean; readonly placeholder: boolean },
  room: number,
  size: number,
): Footnote {
  const words = cardFootnote(note.reconstructed, note.placeholder ? 1 : 0)
  if (words === null) return { lines: [], size }
  const lines = wrapToWidth(words, room, size).map((line) => clip(line, room, size))
  return { lines, size }
}

/** The footnote's lines upwards from `baseline`, the last on it. */
export function footnoteSvg(note: Footnote, x: number, baseline: number): string {
  const { lines, size } = note
  const step = size + 6
  return lines
    .map((line, i) =>
      svgText(x, baseline - (lines.length - 1 - i) * step, size, line, `fill="${SOFT}"`),
    )
    .join('')
}

/** How far the placeholder word after a name reaches, at the name's size. */
export function placeholderMarkWidth(size: number): number {
  const word = provenanceMark('placeholder').word.toUpperCase()
  return Math.round(size * 0.4) + textWidth(word, Math.round(size * 0.55), true)
}

/** A standings name with its placeholder mark after it, in the same line of text. */
export function markedNameSvg(
  x: number,
  y: number,
  size: number,
  name: string,
  placeholder: boolean,
): string {
  const mark = placeholder
    ? `<tspan dx="${Math.round(size * 0.4)}" font-size="${Math.round(size * 0.55)}" font-weight="700" fill="${SOFT}">${escapeXml(provenanceMark('placeholder').word.toUpperCase())}</tspan>`
    : ''
  return `<text x="${round(x)}" y="${round(y)}" font-size="${round(size)}" font-weight="700">${escapeXml(name)}${mark}</text>`
}

/** The placeholder word on a line of its own, under a name the card draws large. */
export function placeholderTagSvg(
  x: number,
  y: number,
  size: number,
  anchor: 'start' | 'end' = 'start',
): string {
  return svgText(
    x,
    y,
    size,
    provenanceMark('placeholder').word.toUpperCase(),
    `text-anchor="${anchor}" font-weight="700" fill="${SOFT}"`,
  )
}
