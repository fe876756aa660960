import { createElement, lazy, type ComponentType } from 'react'

/** Loads that failed, each with how to start it again. */
const failed = new Set<() => void>()

/**
 * `React.lazy` over one export of a module, that can try again: a lazy component keeps a failed
 * load for good (and React must see that failure, or it would retry on every render), so a failed
 * one is only replaced when `retryFailedLoads` is called (LoadBoundary's Retry). `load` is the
 * module's shared loader (`retryableImport`, which fetches the file afresh after a failure).
 */
export function retryableLazy<K extends string, P extends object>(
  load: () => Promise<{ readonly [key in K]: ComponentType<P> }>,
  name: K,
): ComponentType<P> {
  const fresh = (): ComponentType<P> =>
    lazy<ComponentType<P>>(() =>
      load().then(
        (module) => ({ default: module[name] }),
        (error: unknown) => {
          failed.add(() => {
            current = fresh()
          })
          throw error
        },
      ),
    )
  let current = fresh()
  return function Retryable(props: P) {
    return createElement(current, props)
  }
}

/** Lets every lazily loaded component whose load failed load again on its next render. */
export function retryFailedLoads(): void {
  for (const reset of failed) reset()
  failed.clear()
}
