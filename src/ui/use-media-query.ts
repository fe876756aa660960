import { useCallback, useSyncExternalStore } from 'react'

/** The page's media query list, or null where there is none (tests without `matchMedia`). */
function mediaList(query: string): MediaQueryList | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia(query) : null
}

/**
 * Whether the page matches a media query ("(max-width: 640px)"), kept up to date as the window
 * changes: what the page is shown on, derived, never stored. False where nothing can say.
 */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = mediaList(query)
      list?.addEventListener('change', onChange)
      return () => list?.removeEventListener('change', onChange)
    },
    [query],
  )
  return useSyncExternalStore(
    subscribe,
    () => mediaList(query)?.matches ?? false,
    () => false,
  )
}
