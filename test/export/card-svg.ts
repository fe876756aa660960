import { textWidth } from '../../src/export/text-width.ts'

/** A <text> of a card's SVG, as drawn: its anchor point, size, class, weight and words. */
export interface DrawnText {
  readonly x: number
  readonly y: number
  readonly size: number
  readonly anchor: 'start' | 'middle' | 'end'
  readonly className: string | null
  readonly bold: boolean
  readonly text: string
  /** Drawn width: the text at its size, each tspan at its own after its dx. */
  readonly width: number
}

const unescape = (text: string) =>
  text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&')

const attr = (attrs: string, name: string) =>
  new RegExp(`(?:^| )${name}="([^"]*)"`).exec(attrs)?.[1]

/** Every <text> of `svg` (tspans read as part of their text), unescaped. */
export function textsOf(svg: string): ReadonlyArray<DrawnText> {
  return [...svg.matchAll(/<text ([^>]*)>(.*?)<\/text>/g)].map((m) => {
    const attrs = m[1] ?? ''
    const anchor = attr(attrs, 'text-anchor')
    const size = Number(attr(attrs, 'font-size'))
    const bold = /font-weight="[78]00"/.test(attrs)
    const inner = m[2] ?? ''
    const own = unescape(inner.replaceAll(/<tspan[^>]*>.*?<\/tspan>/g, ''))
    const spans = [...inner.matchAll(/<tspan ([^>]*)>(.*?)<\/tspan>/g)].reduce(
      (sum, span) =>
        sum +
        Number(attr(span[1] ?? '', 'dx') ?? 0) +
        textWidth(unescape(span[2] ?? ''), Number(attr(span[1] ?? '', 'font-size') ?? size), true),
      0,
    )
    return {
      x: Number(attr(attrs, 'x')),
      y: Number(attr(attrs, 'y')),
      size,
      anchor: anchor === 'middle' || anchor === 'end' ? anchor : 'start',
      className: attr(attrs, 'class') ?? null,
      bold,
      text: unescape(inner.replaceAll(/<[^>]*>/g, ' ')),
      width: textWidth(own, size, bold) + spans,
    }
  })
}

/** How far a drawn text reaches left and right (text-width.ts, the cards' own measure). */
export function extentOf(t: DrawnText): { readonly left: number; readonly right: number } {
  const { width } = t
  const left = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - width : t.x - width / 2
  return { left, right: left + width }
}

/** Every x of the chart's lines. */
export function lineXs(svg: string): ReadonlyArray<number> {
  return [...svg.matchAll(/<polyline points="([^"]*)"/g)].flatMap((m) =>
    (m[1] ?? '')
      .split(' ')
      .filter(Boolean)
      .map((point) => Number(point.split(',')[0])),
  )
}

/** Whether `step` is 1, 2 or 5 × 10ⁿ. */
export function isNiceStep(step: number): boolean {
  const power = 10 ** Math.floor(Math.log10(step) + 1e-9)
  return [1, 2, 5].some((m) => Math.abs(step - m * power) < 1e-9 * power)
}
