import { retryableImport } from '../data/retryable-import.ts'

/*
 * The code of the views a first visit does not open: each loads when its view is first shown,
 * and all are fetched once the page is idle (docs/performance.md#dashboard). Recharts alone is
 * half the bundle. One loader per file, shared by the view and the prefetch: a file that failed
 * is fetched afresh next time (docs/dashboard.md#faults).
 */
export const loadCharts = retryableImport(() => import('./chart-content.tsx'))
export const loadBooth = retryableImport(() => import('./booth-content.tsx'))
export const loadDriver = retryableImport(() => import('../features/driver-card/driver-card.tsx'))
export const loadH2h = retryableImport(() => import('../features/head-to-head/head-to-head.tsx'))
export const loadWhatIf = retryableImport(() => import('./what-if-view.tsx'))
export const loadPermutations = retryableImport(
  () => import('../features/permutations/permutations.tsx'),
)
export const loadResults = retryableImport(
  () => import('../features/results-grid/results-grid.tsx'),
)

export function prefetchViews(): void {
  for (const load of [
    loadResults,
    loadCharts,
    loadH2h,
    loadDriver,
    loadPermutations,
    loadBooth,
    loadWhatIf,
  ])
    // A file that fails now is fetched again, at a new address, when its view is shown.
    load().catch(() => undefined)
}
