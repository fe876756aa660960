/*
 * The code of the views a first visit does not open: each loads when its view is first shown,
 * and all are fetched once the page is idle (docs/performance.md#dashboard). Recharts alone is
 * half the bundle.
 */
export const loadCharts = () => import('../features/charts/charts.tsx')
export const loadBooth = () => import('../features/booth/booth.tsx')
export const loadDriver = () => import('../features/driver-card/driver-card.tsx')
export const loadH2h = () => import('../features/head-to-head/head-to-head.tsx')
export const loadWhatIf = () => import('./what-if-view.tsx')
export const loadResults = () => import('../features/results-grid/results-grid.tsx')

export function prefetchViews(): void {
  for (const load of [loadResults, loadCharts, loadH2h, loadDriver, loadBooth, loadWhatIf])
    void load()
}
