import { useCallback, useMemo, useSyncExternalStore } from 'react'
import { parseUrlState, toSearch, type UrlState } from './url-state.ts'

const NAVIGATED = 'pitboard:navigate'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange)
  window.addEventListener(NAVIGATED, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(NAVIGATED, onChange)
  }
}

const readSearch = () => window.location.search

export interface UrlStateApi {
  readonly state: UrlState
  /** The link for the current state changed by `patch` (relative, so sub-path hosting works). */
  readonly hrefFor: (patch: Partial<UrlState>) => string
  /** Moves to `href` as a new history entry; back and forward return to each state. */
  readonly navigate: (href: string) => void
}

/** The URL as the single source of the view's state (docs/dashboard.md#url). */
export function useUrlState(): UrlStateApi {
  const search = useSyncExternalStore(subscribe, readSearch, () => '')
  const state = useMemo(() => parseUrlState(search), [search])
  const hrefFor = useCallback(
    (patch: Partial<UrlState>) => `${window.location.pathname}${toSearch({ ...state, ...patch })}`,
    [state],
  )
  const navigate = useCallback((href: string) => {
    const target = new URL(href, window.location.href)
    if (target.search === window.location.search) return
    window.history.pushState(null, '', target)
    window.dispatchEvent(new Event(NAVIGATED))
  }, [])
  return { state, hrefFor, navigate }
}
