import { retryableImport } from '../data/retryable-import.ts'
import type { applyWhatIf } from '../model/what-if.ts'
import { lazyCode, useLazyCode, type CodeState } from './use-lazy-code.ts'
import type { WhatIfBanner } from '../features/what-if-banner/what-if-banner.tsx'

/** What a what-if needs: the imagining (model/what-if.ts) and its HYPOTHETICAL banner. */
interface WhatIfParts {
  readonly imagine: typeof applyWhatIf
  readonly Banner: typeof WhatIfBanner
}

const loadModel = retryableImport(() => import('../model/what-if.ts'))
const loadBanner = retryableImport(() => import('../features/what-if-banner/what-if-banner.tsx'))
// Both or neither: imagined standings are never on screen without the banner that says so.
const whatIfCode = lazyCode(() =>
  Promise.all([loadModel(), loadBanner()]).then(([model, banner]): WhatIfParts => ({
    imagine: model.applyWhatIf,
    Banner: banner.WhatIfBanner,
  })),
)

/**
 * What imagined results need, loaded the first time the address imagines a race (out of the
 * first load, docs/performance.md): null while it loads, and the screen waits rather than show
 * the real standings as a what-if.
 */
export function useWhatIf(wanted: boolean): CodeState<WhatIfParts> {
  return useLazyCode(whatIfCode, wanted)
}
