/**
 * A horizontal strip that scrolls says so: `data-more-start` / `data-more-end` are "true" while
 * there is more to either side (global.css fades that edge), and the current item is scrolled
 * into view when the strip mounts. A ref callback: React calls the returned cleanup on unmount.
 */
export function scrollHints(strip: HTMLElement | null): (() => void) | undefined {
  if (strip === null) return undefined
  const update = () => {
    const end = strip.scrollWidth - strip.clientWidth
    strip.dataset.moreStart = String(strip.scrollLeft > 1)
    strip.dataset.moreEnd = String(strip.scrollLeft < end - 1)
  }
  const current = strip.querySelector('[aria-current="page"]')
  if (
    current instanceof HTMLElement &&
    current.offsetLeft + current.offsetWidth > strip.clientWidth
  )
    strip.scrollLeft = current.offsetLeft - strip.offsetLeft - 24
  update()
  strip.addEventListener('scroll', update, { passive: true })
  const observer = new ResizeObserver(update)
  observer.observe(strip)
  return () => {
    strip.removeEventListener('scroll', update)
    observer.disconnect()
  }
}
