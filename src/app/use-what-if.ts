import { useEffect, useState } from 'react'
import { retryableImport } from '../data/retryable-import.ts'
import type { applyWhatIf } from '../model/what-if.ts'

type Imagine = typeof applyWhatIf

const loadWhatIfModel = retryableImport(() => import('../model/what-if.ts'))
let loaded: Imagine | null = null

export interface WhatIfCode {
  /** null while it loads or after it failed. */
  readonly imagine: Imagine | null
  /** Why the code could not be loaded; null unless it failed. */
  readonly failure: string | null
  /** Loads that failed so far. */
  readonly tries: number
  /** Loads it again (afresh, data/retryable-import.ts). */
  readonly retry: () => void
}

/**
 * What imagined results need (what-if.ts), loaded the first time the address imagines a race:
 * null while it loads, and the screen waits rather than show the real standings as a what-if
 * (docs/performance.md). A failed load is said, with a way to try again, never an endless wait.
 */
export function useWhatIf(wanted: boolean): WhatIfCode {
  // A function in state is stored through an updater, never called as an initialiser.
  const [imagine, setImagine] = useState<Imagine | null>(() => loaded)
  const [failure, setFailure] = useState<string | null>(null)
  const [tries, setTries] = useState(0)
  useEffect(() => {
    // After a failure, wait for Retry (which clears it) rather than try again at once.
    if (!wanted || imagine !== null || failure !== null) return undefined
    let current = true
    loadWhatIfModel().then(
      (module) => {
        loaded = module.applyWhatIf
        if (current) setImagine(() => module.applyWhatIf)
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
  }, [wanted, imagine, failure])
  return {
    imagine,
    failure: imagine === null ? failure : null,
    tries,
    retry: () => setFailure(null),
  }
}
