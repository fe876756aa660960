import { useEffect, useState } from 'react'
import { retryableImport } from '../data/retryable-import.ts'
import type { applyWhatIf } from '../model/what-if.ts'
import type { WhatIfBanner } from './what-if-banner.tsx'

/** What a what-if needs: the imagining (model/what-if.ts) and its HYPOTHETICAL banner. */
interface WhatIfParts {
  readonly imagine: typeof applyWhatIf
  readonly Banner: typeof WhatIfBanner
}

const loadModel = retryableImport(() => import('../model/what-if.ts'))
const loadBanner = retryableImport(() => import('./what-if-banner.tsx'))
// Both or neither: imagined standings are never on screen without the banner that says so.
const loadParts = () =>
  Promise.all([loadModel(), loadBanner()]).then(([model, banner]): WhatIfParts => ({
    imagine: model.applyWhatIf,
    Banner: banner.WhatIfBanner,
  }))
let loaded: WhatIfParts | null = null

export interface WhatIfCode {
  /** null while it loads or after it failed. */
  readonly parts: WhatIfParts | null
  /** Why the code could not be loaded; null unless it failed. */
  readonly failure: string | null
  /** Loads that failed so far. */
  readonly tries: number
  /** Loads it again (afresh, data/retryable-import.ts). */
  readonly retry: () => void
}

/**
 * What imagined results need, loaded the first time the address imagines a race (out of the
 * first load, docs/performance.md): null while it loads, and the screen waits rather than show
 * the real standings as a what-if. A failed load is said, with a way to try again, never an
 * endless wait.
 */
export function useWhatIf(wanted: boolean): WhatIfCode {
  // Components and functions in state are stored through an updater, never called.
  const [parts, setParts] = useState<WhatIfParts | null>(() => loaded)
  const [failure, setFailure] = useState<string | null>(null)
  const [tries, setTries] = useState(0)
  useEffect(() => {
    // After a failure, wait for Retry (which clears it) rather than try again at once.
    if (!wanted || parts !== null || failure !== null) return undefined
    let current = true
    loadParts().then(
      (ready) => {
        loaded = ready
        if (current) setParts(() => ready)
      },
      (error: unknown) => {
        if (!current) return
        setFailure(error instanceof Error ? error.message : String(error))
        setTries((n) => n + 1)
      },
    )
    return () => {
      current = false
    }
  }, [wanted, parts, failure])
  // A load that failed never left parts behind: failure and parts are never both set.
  return { parts, failure, tries, retry: () => setFailure(null) }
}
