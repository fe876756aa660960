import { useLayoutEffect, type RefObject } from 'react'
import { fitScale } from '../../model/board-fit.ts'

/** Whether `box` and everything in it shows whole: nothing wider or taller than its box. */
function showsWhole(box: HTMLElement): boolean {
  // Words kept for screen readers (.sr-only) are a pixel wide on purpose.
  return [box, ...box.querySelectorAll<HTMLElement>('*:not(.sr-only)')].every(
    (element) =>
      element.scrollHeight <= element.clientHeight + 1 &&
      element.scrollWidth <= element.clientWidth + 1,
  )
}

/** Each `[data-fit]` box at the largest `--fit` (type scale, booth.css) at which it shows whole. */
function fitAll(root: HTMLElement): void {
  for (const box of root.querySelectorAll<HTMLElement>('[data-fit]')) {
    const fits = (scale: number) => {
      box.style.setProperty('--fit', String(scale))
      return showsWhole(box)
    }
    box.style.setProperty('--fit', String(fitScale(fits)))
  }
}

/**
 * Presentation mode's safety net (docs/dashboard.md#booth): the type follows the screen
 * (booth.css), and should a name or a sentence still not fit its box, that box's type is drawn
 * smaller until it does, so nothing is ever cut. Measured after every render and on resize.
 */
export function useFit(ref: RefObject<HTMLElement | null>, active: boolean): void {
  useLayoutEffect(() => {
    const root = ref.current
    if (!active || root === null) return
    fitAll(root)
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => fitAll(root))
    observer.observe(root)
    return () => observer.disconnect()
  })
}
