import { useEffect, useState } from 'react'

/** Code loaded on demand, kept once it is in (every screen reads the same copy). */
export interface LazyCode<T> {
  readonly load: () => Promise<T>
  /** null until a load succeeded. */
  readonly current: () => T | null
}

/** `load` is the module's shared loader (data/retryable-import.ts: afresh after a failure). */
export function lazyCode<T>(load: () => Promise<T>): LazyCode<T> {
  let current: T | null = null
  return {
    load: () =>
      load().then((value) => {
        current = value
        return value
      }),
    current: () => current,
  }
}

export interface CodeState<T> {
  /** null while it loads, after it failed, or while it is not wanted (and not yet in). */
  readonly parts: T | null
  /** Why the code could not be loaded; null unless it failed. */
  readonly failure: string | null
  /** Loads that failed so far. */
  readonly tries: number
  /** Loads it again (afresh, data/retryable-import.ts). */
  readonly retry: () => void
}

/**
 * Code a screen needs only in some cases, loaded the first time it is `wanted` (out of the first
 * load, docs/performance.md). Code already in (loaded by another screen, or prefetched) is
 * there at once, with no render without it. A failed load is said, with a way to try again,
 * never an endless wait.
 */
export function useLazyCode<T>(code: LazyCode<T>, wanted: boolean): CodeState<T> {
  // Components and functions in state are stored through an updater, never called.
  const [parts, setParts] = useState<T | null>(code.current)
  const [failure, setFailure] = useState<string | null>(null)
  const [tries, setTries] = useState(0)
  const ready = parts ?? code.current()
  useEffect(() => {
    // After a failure, wait for Retry (which clears it) rather than try again at once.
    if (!wanted || ready !== null || failure !== null) return undefined
    let current = true
    code.load().then(
      (loaded) => {
        if (current) setParts(() => loaded)
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
  }, [code, wanted, ready, failure])
  // A load that failed never left parts behind: failure and parts are never both set.
  return { parts: ready, failure, tries, retry: () => setFailure(null) }
}
