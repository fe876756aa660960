import type { CardContent } from '../model/card-content.ts'
import { permutationsHeading } from '../model/permutations-table.ts'
import { chromeSvg, FONT, frameOf, MUTED, type BodyArea, type Frame } from './card-frame.ts'
import { footnoteOf, footnoteSvg } from './card-footnote.ts'
import { clinchBody } from './clinch-card.ts'
import { gapBody } from './gap-card.ts'
import { h2hBody } from './h2h-card.ts'
import { lowerThirdBody } from './lower-third-card.ts'
import { permutationsBody } from './permutations-card.ts'
import { standingsBody, standingsCount } from './standings-card.ts'
import { escapeXml, svgText as text } from './svg-text.ts'
import { CARD_SIZES, type CardKind, type CardShape } from './card-kinds.ts'

export { escapeXml, CARD_SIZES, type CardKind, type CardShape }

/**
 * Broadcast graphics as SVG text (docs/exporting.md#broadcast-graphics): the standings table,
 * the gap chart, a head-to-head, the clinch card and the permutations card, full frame 16:9
 * (1920×1080) or square (1080×1080), or a 16:9 lower third; in the class colour, marked
 * "reconstructed", "live" or "hypothetical" when the numbers are not official results. Pure:
 * the browser turns the SVG into a PNG.
 */

function body(kind: CardKind, input: CardContent, area: BodyArea): string {
  switch (kind) {
    case 'standings':
      return standingsBody(input, area)
    case 'gap':
      return gapBody(input, area)
    case 'h2h':
      return h2hBody(input, area)
    case 'clinch':
      return clinchBody(input, area)
    case 'permutations':
      return permutationsBody(input, area)
  }
}

/** Whether a placeholder's name is on the card as drawn: its footnote then says what one is. */
function showsPlaceholder(kind: CardKind, input: CardContent, frame: Frame) {
  switch (kind) {
    case 'standings':
      return input.standings.slice(0, standingsCount(frame)).some((row) => row.placeholder === true)
    case 'gap':
      return input.gap.lines.some((line) => line.placeholder === true)
    case 'h2h':
      return input.h2h?.placeholders?.includes(true) === true
    case 'clinch':
      return input.clinch.placeholder === true
    case 'permutations':
      return false
  }
}

/**
 * The line under a card's title: the race the standings are after ("Standings after R8 · Watkins
 * Glen"), or, on the permutations card, the race its table is for as the Permutations view heads
 * it ("Title permutations for round 18, Japan").
 */
export function cardSubtitle(kind: CardKind, input: CardContent): string {
  const { race } = input.permutations
  return kind === 'permutations' && race !== null ? permutationsHeading(null, race) : input.subtitle
}

/**
 * The championship a card heads with, and its colour: on All classes the standings card and the
 * picks across classes say All classes; the clinch and permutations cards (and picks of one class)
 * name the championship they are of, never All classes.
 */
export function cardHeading(
  kind: CardKind,
  input: CardContent,
): { readonly title: string; readonly accent: string } {
  const all = { title: input.title, accent: input.accent }
  const { focus } = input
  if (focus === undefined || kind === 'standings') return all
  if (kind === 'gap') return input.gap.across === true ? all : focus
  if (kind === 'h2h') return input.h2h?.classes != null ? all : focus
  return focus
}

export function broadcastCard(kind: CardKind, shape: CardShape, input: CardContent): string {
  const { width, height } = CARD_SIZES[shape]
  const lowerThird = shape === 'lower-third'
  const frame = frameOf(width, height, lowerThird)
  const { inner } = frame
  // A lower third is keyed over the picture: nothing around its panel, like the overlay.
  const transparent = input.transparent === true || lowerThird
  const heading = cardHeading(kind, input)
  const chrome = chromeSvg(
    frame,
    { ...heading, subtitle: cardSubtitle(kind, input), marking: input.marking },
    transparent,
  )
  const size = lowerThird ? 18 : width > height ? 22 : 20
  const signature = lowerThird ? 0 : 160
  const note = footnoteOf(
    {
      reconstructed: input.reconstructed === true,
      placeholder: showsPlaceholder(kind, input, frame),
    },
    inner.right - inner.left - signature,
    size,
  )
  const baseline = inner.bottom
  const footTop =
    note.lines.length === 0 ? baseline : baseline - size - (note.lines.length - 1) * (size + 6)
  const box = {
    left: inner.left,
    top: inner.top + (lowerThird ? 16 : 40),
    right: inner.right,
    bottom: footTop - (lowerThird ? 16 : 24),
  }
  const drawn = lowerThird ? lowerThirdBody(kind, input, box) : body(kind, input, { box, frame })
  const sign = lowerThird
    ? ''
    : text(inner.right, baseline, 22, 'Pitboard', `text-anchor="end" fill="${MUTED}"`)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" fill="#ffffff">${chrome}${drawn}${footnoteSvg(note, inner.left, baseline)}${sign}</svg>`
}
