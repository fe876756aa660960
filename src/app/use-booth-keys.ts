import { useEffect } from 'react'
import { retryableImport } from '../data/retryable-import.ts'
import type { SeasonStandings } from '../engine/scoring/season-standings.ts'
import type * as BoothKeys from './booth-keys.ts'
import type { Selection } from './resolve-selection.ts'
import { BOOTH_TOP } from './url-state.ts'
import type { UrlStateApi } from './use-url-state.ts'

// The shortcuts' code is the booth's: out of the first load (docs/performance.md).
const loadBoothKeys = retryableImport(() => import('./booth-keys.ts'))
let loaded: typeof BoothKeys | null = null

/**
 * Keyboard shortcuts of the commentator view (booth-keys.ts), listened to while it is shown. Their
 * code loads as the booth opens; a key pressed before it is in is handled once it is.
 */
export function useBoothKeys(
  active: boolean,
  standings: SeasonStandings,
  selection: Selection,
  url: UrlStateApi,
): void {
  const { hrefFor, navigate, state } = url
  useEffect(() => {
    if (!active) return
    loadBoothKeys().then(
      (module) => {
        loaded = module
      },
      () => undefined,
    )
    const input = { standings, selection, url: { hrefFor, navigate, state }, topMax: BOOTH_TOP.max }
    const onKey = (event: KeyboardEvent) => {
      if (loaded !== null) loaded.onBoothKey(event, input)
      else
        void loadBoothKeys().then(
          (module) => module.onBoothKey(event, input),
          () => undefined,
        )
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [active, standings, selection, state, hrefFor, navigate])
}
