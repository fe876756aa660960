import { titleSafe } from '../model/title-safe.ts'
import { escapeXml, pillSvg, svgText as text } from './svg-text.ts'
import { fitSize, textWidth } from './text-width.ts'

/**
 * Where a card draws (docs/exporting.md#templates): one opaque panel inside the title-safe area
 * (model/title-safe.ts) — the whole safe area for a full-frame card, its lowest 300 px for a
 * lower third — with the header band at its top and everything written inside it. Outside the
 * panel a card has the backdrop of an exported picture, or nothing at all on an overlay and a
 * lower third, so the page stays transparent for keying.
 */
export interface Box {
  readonly left: number
  readonly top: number
  readonly right: number
  readonly bottom: number
}

export interface Frame {
  readonly width: number
  readonly height: number
  readonly panel: Box
  /** The header band's height, from the panel's top. */
  readonly band: number
  /** Inside the panel: where the text stands (a padding in from the panel's edges). */
  readonly inner: Box
  readonly lowerThird: boolean
}

/** What a full-frame card's body draws into: the box under the header, and the frame. */
export interface BodyArea {
  readonly box: Box
  readonly frame: Frame
}

const PANEL = '#131b28'
const BAND = '#0a0f17'
const BACKDROP = '#0b1019'
export const MUTED = '#aab2c0'
export const SOFT = '#d3d8e0'
export const FONT = "'Liberation Sans', Arial, Helvetica, sans-serif"
/** How tall a lower third's panel is. */
const LOWER_THIRD = 320

export function frameOf(width: number, height: number, lowerThird: boolean): Frame {
  const safe = titleSafe(width, height)
  const pad = width > height ? 40 : 32
  const panel = lowerThird ? { ...safe, top: safe.bottom - LOWER_THIRD } : safe
  const band = lowerThird ? 76 : width > height ? 140 : 150
  return {
    width,
    height,
    panel,
    band,
    inner: {
      left: panel.left + pad,
      top: panel.top + band,
      right: panel.right - pad,
      bottom: panel.bottom - (lowerThird ? 16 : 28),
    },
    lowerThird,
  }
}

export interface Header {
  readonly title: string
  readonly subtitle: string
  readonly accent: string
  readonly marking: string | null
}

/** The backdrop (exports only), the opaque panel, its header band with the marking pill. */
export function chromeSvg(frame: Frame, header: Header, transparent: boolean): string {
  const { width, height, panel, band, inner, lowerThird } = frame
  const backdrop = transparent
    ? ''
    : `<rect width="${width}" height="${height}" fill="${BACKDROP}"/>`
  const w = panel.right - panel.left
  const shell = `<rect x="${panel.left}" y="${panel.top}" width="${w}" height="${panel.bottom - panel.top}" rx="14" fill="${PANEL}"/><path d="M${panel.left + 14},${panel.top}h${w - 28}a14,14 0 0 1 14,14v${band - 14}h${-w}v${-(band - 14)}a14,14 0 0 1 14,-14z" fill="${BAND}"/><path d="M${panel.left},${panel.top + band}V${panel.top + 14}a14,14 0 0 1 14,-14V${panel.top + band}z" fill="${escapeXml(header.accent)}"/>`
  const pillSize = lowerThird ? 22 : width > height ? 30 : 24
  const pill =
    header.marking === null
      ? null
      : pillSvg({
          x: inner.right,
          // On the subtitle's line: the title keeps the whole width.
          y: lowerThird
            ? panel.top + (band - pillSize * 1.6) / 2
            : panel.top + band * 0.82 - pillSize * 0.36 - pillSize * 0.8,
          size: pillSize,
          text: header.marking.toUpperCase(),
          fill: '#b42318',
          color: '#ffffff',
          anchor: 'end',
        })
  const room = inner.right - inner.left - (pill === null ? 0 : pill.width + 32)
  if (lowerThird) {
    // One line: the title, then the subtitle in the muted colour.
    const size = fitSize(`${header.title} · ${header.subtitle}`, room, 30, 20)
    const gap = textWidth(`${header.title} `, size, true)
    return `${backdrop}${shell}${text(inner.left, panel.top + band / 2 + size * 0.36, size, header.title, 'font-weight="800"')}${text(inner.left + gap, panel.top + band / 2 + size * 0.36, size, `· ${header.subtitle}`, `fill="${SOFT}"`)}${pill?.svg ?? ''}`
  }
  const titleSize = fitSize(header.title, inner.right - inner.left, width > height ? 52 : 44)
  const subtitleSize = fitSize(header.subtitle, room, width > height ? 34 : 30)
  return `${backdrop}${shell}${text(inner.left, panel.top + band * 0.46, titleSize, header.title, 'font-weight="800"')}${text(inner.left, panel.top + band * 0.82, subtitleSize, header.subtitle, `fill="${SOFT}"`)}${pill?.svg ?? ''}`
}
