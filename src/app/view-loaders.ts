/*
 * The code of the views a first visit does not open: each loads when its view is first shown,
 * and all are fetched once the page is idle (docs/performance.md#dashboard). Recharts alone is
 * half the bundle.
 */
export const loadCharts = () => import('../features/charts/charts.tsx')
export const loadBooth = () =>
  import('../features/booth/booth.tsx').then((m) => ({ default: m.Booth }))
export const loadDriver = () =>
  import('../features/driver-card/driver-card.tsx').then((m) => ({ default: m.DriverCard }))
export const loadH2h = () =>
  import('../features/head-to-head/head-to-head.tsx').then((m) => ({ default: m.HeadToHead }))
export const loadWhatIf = () =>
  import('./what-if-view.tsx').then((m) => ({ default: m.WhatIfView }))
export const loadResults = () =>
  import('../features/results-grid/results-grid.tsx').then((m) => ({ default: m.ResultsGrid }))

export function prefetchViews(): void {
  for (const load of [loadResults, loadCharts, loadH2h, loadDriver, loadBooth, loadWhatIf])
    // A file that fails now is fetched again when its view is shown (LoadBoundary, Retry).
    load().catch(() => undefined)
}
