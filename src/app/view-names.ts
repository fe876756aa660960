import type { View } from './url-state.ts'

/** The views' names as the tabs and messages write them. */
export const VIEW_LABELS: ReadonlyArray<readonly [View, string]> = [
  ['standings', 'Standings'],
  ['results', 'Results'],
  ['chart', 'Charts'],
  ['h2h', 'Head-to-head'],
  ['driver', 'Driver'],
  ['permutations', 'Permutations'],
  ['booth', 'Booth'],
  ['whatif', 'What if'],
]

/** "the Driver view". */
export function viewName(view: View): string {
  const label = VIEW_LABELS.find(([id]) => id === view)?.[1] ?? 'This'
  return `The ${label} view`
}
