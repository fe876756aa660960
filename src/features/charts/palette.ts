/**
 * Okabe–Ito colours (safe for the common colour-vision deficiencies), each line also with its
 * own dash pattern and marker shape, so no line is told apart by colour alone.
 */
const LINE_COLORS = [
  'var(--line-1)',
  'var(--line-2)',
  'var(--line-3)',
  'var(--line-4)',
  'var(--line-5)',
  'var(--line-6)',
  'var(--line-7)',
  'var(--line-8)',
] as const

const LINE_DASHES = ['', '6 3', '2 3', '10 3 2 3', '4 4', '1 4', '8 2', '3 2 1 2'] as const

export const MARKERS = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'cross',
  'star',
  'wye',
  'circle',
] as const
export type Marker = (typeof MARKERS)[number]

export function lineStyle(index: number) {
  const at = index % LINE_COLORS.length
  return {
    color: LINE_COLORS[at] ?? 'currentColor',
    dash: LINE_DASHES[at] ?? '',
    marker: MARKERS[at] ?? 'circle',
  }
}

/**
 * Each entry keeps its colour, dash and marker for the whole season, whichever others are
 * picked (docs/dashboard.md#charts): its place in the final table picks the style, and only two
 * picked entries that would share one move the later one to the next free style.
 */
export function stableStyles(
  ids: ReadonlyArray<string>,
  finalOrder: ReadonlyArray<string>,
): ReadonlyMap<string, ReturnType<typeof lineStyle>> {
  const taken = new Set<number>()
  const styles = new Map<string, ReturnType<typeof lineStyle>>()
  for (const id of ids) {
    const place = finalOrder.indexOf(id)
    let slot = (place < 0 ? finalOrder.length : place) % LINE_COLORS.length
    for (let tries = 0; taken.has(slot) && tries < LINE_COLORS.length; tries += 1)
      slot = (slot + 1) % LINE_COLORS.length
    taken.add(slot)
    styles.set(id, lineStyle(slot))
  }
  return styles
}
