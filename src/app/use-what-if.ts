import { useEffect, useState } from 'react'
import type { applyWhatIf } from '../model/what-if.ts'

type Imagine = typeof applyWhatIf

let loaded: Imagine | null = null

/**
 * What imagined results need (what-if.ts), loaded the first time the address imagines a race:
 * null while it loads, and the screen waits rather than show the real standings as a what-if
 * (docs/performance.md).
 */
export function useWhatIf(wanted: boolean): Imagine | null {
  // A function in state is stored through an updater, never called as an initialiser.
  const [imagine, setImagine] = useState<Imagine | null>(() => loaded)
  useEffect(() => {
    if (!wanted || imagine !== null) return undefined
    let current = true
    void import('../model/what-if.ts').then((module) => {
      loaded = module.applyWhatIf
      if (current) setImagine(() => module.applyWhatIf)
    })
    return () => {
      current = false
    }
  }, [wanted, imagine])
  return imagine
}
