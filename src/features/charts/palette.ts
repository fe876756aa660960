/**
 * Okabe–Ito colours (safe for the common colour-vision deficiencies), each line also with its
 * own dash pattern and marker shape, so no line is told apart by colour alone.
 */
export const LINE_COLORS = [
  'var(--line-1)',
  'var(--line-2)',
  'var(--line-3)',
  'var(--line-4)',
  'var(--line-5)',
  'var(--line-6)',
  'var(--line-7)',
  'var(--line-8)',
] as const

export const LINE_DASHES = ['', '6 3', '2 3', '10 3 2 3', '4 4', '1 4', '8 2', '3 2 1 2'] as const

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
