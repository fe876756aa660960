import { textWidth, wrapToWidth } from './text-width.ts'

/** Text in a broadcast card's SVG (broadcast-card.ts), always escaped. */

export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
}

export function svgText(x: number, y: number, size: number, content: string, extra = ''): string {
  return `<text x="${round(x)}" y="${round(y)}" font-size="${round(size)}" ${extra}>${escapeXml(content)}</text>`
}

/** Coordinates to a tenth of a pixel: the SVG stays short and reads the same. */
export function round(value: number): number {
  return Math.round(value * 10) / 10
}

/**
 * `content` cut with an ellipsis to fit `room` pixels at `size` (text-width.ts): a 200-character
 * name never runs over the points beside it. Cut by code points, never inside an emoji's
 * surrogate pair.
 */
export function clip(content: string, room: number, size: number, bold = false): string {
  if (textWidth(content, size, bold) <= room) return content
  const chars = Array.from(content)
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, size, bold) > room) chars.pop()
  return `${chars.join('')}…`
}

/**
 * `content` in at most `most` lines no wider than `room`: a longer text ends in "…" on the last
 * line, so what is cut off is marked, never silently dropped.
 */
export function wrapAtMost(
  content: string,
  room: number,
  size: number,
  most: number,
  bold = false,
): Array<string> {
  const lines = wrapToWidth(content, room, size, bold)
  if (lines.length <= most) return lines
  return [...lines.slice(0, most - 1), clip(lines.slice(most - 1).join(' '), room, size, bold)]
}

/**
 * A word on a filled rounded box, centred both ways (the RECONSTRUCTED pill, a class badge, a
 * verdict): the box is as wide as the word plus `pad` each side; the baseline sits half the
 * capital height (0.716 em in Liberation Sans) below the box's middle.
 */
export function pillSvg(pill: {
  readonly x: number
  readonly y: number
  readonly size: number
  readonly text: string
  readonly fill: string
  readonly color: string
  /** `x` is the box's left edge, its right edge, or its centre. */
  readonly anchor?: 'start' | 'end' | 'middle'
  readonly dashed?: boolean
}): { readonly svg: string; readonly width: number; readonly height: number } {
  const { x, y, size, text, fill, color } = pill
  const pad = Math.round(size * 0.6)
  const width = Math.round(textWidth(text, size, true) + 2 * pad)
  const height = Math.round(size * 1.6)
  const left = pill.anchor === 'end' ? x - width : pill.anchor === 'middle' ? x - width / 2 : x
  const box = pill.dashed
    ? `fill="none" stroke="${escapeXml(color)}" stroke-width="3" stroke-dasharray="10 6"`
    : `fill="${escapeXml(fill)}"`
  const svg = `<rect x="${round(left)}" y="${round(y)}" width="${width}" height="${height}" rx="${Math.round(size * 0.3)}" ${box}/>${svgText(left + width / 2, y + height / 2 + size * 0.358, size, text, `text-anchor="middle" font-weight="800" fill="${escapeXml(color)}"`)}`
  return { svg, width, height }
}
