import type { SeasonModel } from './season-model.ts'

/**
 * The styles every line of an entry is drawn with, on the page and on the broadcast cards
 * (docs/dashboard.md#charts): Okabe–Ito colours (safe for the common colour-vision
 * deficiencies), each with its own dash pattern and marker shape, so no line is told apart by
 * colour alone. Light and dark values per slot; the cards are always dark.
 */
const SLOTS = [
  { light: '#d55e00', dark: '#e69f00', dash: '', marker: 'circle' },
  { light: '#0072b2', dark: '#56b4e9', dash: '6 3', marker: 'square' },
  { light: '#009e73', dark: '#009e73', dash: '2 3', marker: 'triangle' },
  { light: '#cc79a7', dark: '#cc79a7', dash: '10 3 2 3', marker: 'diamond' },
  { light: '#e69f00', dark: '#f0e442', dash: '4 4', marker: 'cross' },
  { light: '#56b4e9', dark: '#d55e00', dash: '1 4', marker: 'star' },
  { light: '#000000', dark: '#e8eaee', dash: '8 2', marker: 'wye' },
  { light: '#8a6d00', dark: '#0072b2', dash: '3 2 1 2', marker: 'circle' },
] as const

export type Marker = (typeof SLOTS)[number]['marker']

export interface LineStyle {
  /** For the page: follows the theme (CSS `light-dark()`). */
  readonly color: string
  /** On a dark background: the broadcast cards, and the page's dark theme. */
  readonly onDark: string
  /** SVG `stroke-dasharray` for a 2 px line ('' solid); scale it with the stroke. */
  readonly dash: string
  readonly marker: Marker
}

/** The style of the `index`-th line (the slots repeat after eight). */
export function lineStyle(index: number): LineStyle {
  const slot = SLOTS[index % SLOTS.length] ?? SLOTS[0]
  return {
    color: `light-dark(${slot.light}, ${slot.dark})`,
    onDark: slot.dark,
    dash: slot.dash,
    marker: slot.marker,
  }
}

/** A dash pattern for a line `times` as thick as the page's 2 px. */
export function scaledDash(dash: string, times: number): string {
  return dash === ''
    ? ''
    : dash
        .split(' ')
        .map((n) => Number(n) * times)
        .join(' ')
}

/**
 * The order that picks each entry's style (stableStyles): the final tables of `championships`
 * one after another, so a line keeps its look at every race shown, on the page and on the cards.
 */
export function styleOrderOf(
  model: SeasonModel,
  championships: ReadonlyArray<string>,
): ReadonlyArray<string> {
  const finalStep = model.standings.scored.length - 1
  return championships.flatMap(
    (id) =>
      model
        .championship(id)
        ?.table(finalStep)
        .map((row) => row.id) ?? [],
  )
}

/**
 * Each entry keeps its style for the whole season, whichever others are picked
 * (docs/dashboard.md#charts): its place in the final table picks the style, and only two picked
 * entries that would share one move the later one to the next free style.
 */
export function stableStyles(
  ids: ReadonlyArray<string>,
  finalOrder: ReadonlyArray<string>,
): ReadonlyMap<string, LineStyle> {
  const taken = new Set<number>()
  const styles = new Map<string, LineStyle>()
  for (const id of ids) {
    const place = finalOrder.indexOf(id)
    let slot = (place < 0 ? finalOrder.length : place) % SLOTS.length
    for (let tries = 0; taken.has(slot) && tries < SLOTS.length; tries += 1)
      slot = (slot + 1) % SLOTS.length
    taken.add(slot)
    styles.set(id, lineStyle(slot))
  }
  return styles
}
