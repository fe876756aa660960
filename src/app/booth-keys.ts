import type { SeasonStandings } from '../engine/scoring/season-standings.ts'
import type { Selection } from './resolve-selection.ts'
import type { UrlStateApi } from './use-url-state.ts'

export interface BoothKeysInput {
  readonly standings: SeasonStandings
  readonly selection: Selection
  readonly url: UrlStateApi
  /** The most rows a board shows (url-state.ts BOOTH_TOP.max). */
  readonly topMax: number
}

/**
 * One key press in the commentator view (docs/dashboard.md#booth): P presentation mode on and
 * off, F full screen, Esc leaves presentation mode, T the permutations board on and off, 1–9 a
 * championship, 0 every class side by
 * side, ← → the races, + − how many of the class are shown. Ignored while typing in a field.
 * Loaded with the booth (use-booth-keys.ts).
 */
export function onBoothKey(
  event: KeyboardEvent,
  { standings, selection, url, topMax }: BoothKeysInput,
) {
  const { hrefFor, navigate, state } = url
  const target = event.target
  if (target instanceof HTMLElement && target.closest('input, select, textarea')) return
  if (event.metaKey || event.ctrlKey || event.altKey) return
  const go = (patch: Parameters<typeof hrefFor>[0]) => {
    event.preventDefault()
    navigate(hrefFor(patch))
  }
  const key = event.key.toLowerCase()
  if (key === 'p') return go({ present: !state.present })
  if (key === 'escape' && state.present) return go({ present: false })
  if (key === 't')
    return go({ board: state.board === 'permutations' ? 'standings' : 'permutations' })
  if (key === 'f') {
    event.preventDefault()
    // Full screen needs a key press or a click: this is one. Refused (an iframe, a kiosk)?
    // The presentation layout already fills the window.
    if (document.fullscreenElement === null)
      void document.documentElement.requestFullscreen?.().catch(() => undefined)
    else void document.exitFullscreen().catch(() => undefined)
    return
  }
  if (key === '+' || key === '=' || key === '-') {
    const top = Math.min(topMax, Math.max(2, state.top + (key === '-' ? -1 : 1)))
    return go({ top, compare: [] })
  }
  if (key === '0' && selection.classChampionships.length > 1) return go({ champ: 'all' })
  const digit = Number(key)
  const champ =
    Number.isInteger(digit) && digit >= 1 ? standings.championships[digit - 1] : undefined
  if (champ !== undefined) return go({ champ: champ.championship.id, compare: [] })
  const move = key === 'arrowleft' ? -1 : key === 'arrowright' ? 1 : 0
  if (move === 0) return
  const last = standings.scored.length - 1
  const step = Math.min(last, Math.max(0, selection.step + move))
  go({ asOf: step >= last ? null : (standings.scored[step]?.race.race.id ?? null) })
}
