/** Text in a broadcast card's SVG (broadcast-card.ts), always escaped. */

export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
}

export function svgText(x: number, y: number, size: number, content: string, extra = ''): string {
  return `<text x="${x}" y="${y}" font-size="${size}" ${extra}>${escapeXml(content)}</text>`
}

/**
 * `content` cut with an ellipsis to fit `room` pixels at `size` (average glyph ≈ 0.56 em): a
 * 200-character name never runs over the points beside it. Cut by code points, never inside an
 * emoji's surrogate pair.
 */
export function clip(content: string, room: number, size: number): string {
  const chars = Array.from(content)
  const max = Math.max(1, Math.floor(room / (size * 0.56)))
  return chars.length <= max ? content : `${chars.slice(0, max - 1).join('')}…`
}
