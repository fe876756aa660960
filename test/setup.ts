import '@testing-library/jest-dom/vitest'

// jsdom does no layout: recharts' ResponsiveContainer would measure 0×0 and draw nothing.
if (typeof window !== 'undefined') {
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
