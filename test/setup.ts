import '@testing-library/jest-dom/vitest'

if (typeof window !== 'undefined') {
  // Lookups (findBy…, waitFor) wait on what the page shows, long enough for a busy 2-core
  // machine: the default 1 s failed under load (issue 21). Only a failing lookup waits that long.
  const { configure } = await import('@testing-library/dom')
  configure({ asyncUtilTimeout: 10_000 })

  // jsdom does no layout: recharts' ResponsiveContainer would measure 0×0 and draw nothing.
  class FixedSizeResizeObserver {
    readonly #callback: ResizeObserverCallback
    constructor(callback: ResizeObserverCallback) {
      this.#callback = callback
    }
    observe(target: Element) {
      const contentRect = {
        width: 800,
        height: 360,
        top: 0,
        left: 0,
        bottom: 360,
        right: 800,
        x: 0,
        y: 0,
      }
      queueMicrotask(() =>
        this.#callback([{ target, contentRect } as unknown as ResizeObserverEntry], this),
      )
    }
    unobserve() {}
    disconnect() {}
  }
  globalThis.ResizeObserver = FixedSizeResizeObserver
}
