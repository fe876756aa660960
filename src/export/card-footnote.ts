import { cardFootnote, provenanceMark } from '../model/provenance-words.ts'
import { wrapText } from '../model/wrap-text.ts'
import { clip, escapeXml, svgText } from './svg-text.ts'

/**
 * What a broadcast card says of reconstructed data (docs/exporting.md#broadcast-graphics): a
 * footnote along its foot ("Reconstructed results, not official: places no source gives are
 * fill-ins. Placeholder: an entry whose driver was not published."), and the word beside a
 * placeholder's name in the standings. A card never shows a made-up result unmarked.
 */
export interface Footnote {
  readonly lines: ReadonlyArray<string>
  readonly size: number
  /** How much higher the card's body must end: the lines above the signature's line. */
  readonly reserve: number
}

const NONE: Footnote = { lines: [], size: 0, reserve: 0 }

export function footnoteOf(
  note: { readonly reconstructed: boolean; readonly placeholder: boolean },
  width: number,
  height: number,
): Footnote {
  const words = cardFootnote(note.reconstructed, note.placeholder ? 1 : 0)
  if (words === null) return NONE
  const size = width > height ? 22 : 20
  const room = footRoom(width)
  const lines = wrapText(words, Math.floor(room / (size * 0.56))).map((line) =>
    clip(line, room, size),
  )
  return { lines, size, reserve: (lines.length - 1) * (size + 6) }
}

/** Left of the "Pitboard" signature in the right corner. */
function footRoom(width: number): number {
  return width - 80 - 200
}

export function footnoteSvg(
  note: Footnote,
  width: number,
  height: number,
  transparent: boolean,
): string {
  const { lines, size } = note
  if (lines.length === 0) return ''
  const step = size + 6
  const baseline = (i: number) => height - 24 - (lines.length - 1 - i) * step
  // Over video (the overlay) the words keep a dark panel of their own, as the card's body does.
  const longest = Math.max(...lines.map((line) => line.length))
  const backing = transparent
    ? `<rect x="64" y="${baseline(0) - size - 6}" width="${Math.min(footRoom(width), longest * size * 0.56) + 32}" height="${lines.length * step + 10}" rx="8" fill="#000000" fill-opacity="0.55"/>`
    : ''
  return (
    backing +
    lines.map((line, i) => svgText(80, baseline(i), size, line, 'fill="#c7cdd8"')).join('')
  )
}

/** How far the placeholder word after a name reaches, at the name's size (≈ 0.56 em a glyph). */
export function placeholderMarkWidth(size: number): number {
  return Math.round(size * 0.4) + provenanceMark('placeholder').word.length * size * 0.55 * 0.6
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
    ? `<tspan dx="${Math.round(size * 0.4)}" font-size="${Math.round(size * 0.55)}" font-weight="700" fill="#c7cdd8">${escapeXml(provenanceMark('placeholder').word.toUpperCase())}</tspan>`
    : ''
  return `<text x="${x}" y="${y}" font-size="${size}" font-weight="700">${escapeXml(name)}${mark}</text>`
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
    `text-anchor="${anchor}" font-weight="700" fill="#c7cdd8"`,
  )
}
