import { useEffect } from 'react'
import type { SeasonStandings } from '../engine/season-standings.ts'
import type { Selection } from './resolve-selection.ts'
import type { UrlStateApi } from './use-url-state.ts'

/**
 * Keyboard shortcuts of the commentator view: 1–9 pick a championship tab, ← and → step
 * through the races. Ignored while typing in a field.
 */
export function useBoothKeys(
  active: boolean,
  standings: SeasonStandings,
  selection: Selection,
  url: UrlStateApi,
): void {
  const { hrefFor, navigate } = url
  useEffect(() => {
    if (!active) return
    const onKey = (event: KeyboardEvent) => {
      const target = event.target
      if (target instanceof HTMLElement && target.closest('input, select, textarea')) return
      if (event.metaKey || event.ctrlKey || event.altKey) return
      const digit = Number(event.key)
      const champ =
        Number.isInteger(digit) && digit >= 1 ? standings.championships[digit - 1] : undefined
      if (champ !== undefined) {
        navigate(hrefFor({ champ: champ.championship.id, compare: [] }))
        return
      }
      const move = event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : 0
      if (move === 0) return
      const last = standings.scored.length - 1
      const step = Math.min(last, Math.max(0, selection.step + move))
      navigate(
        hrefFor({ asOf: step >= last ? null : (standings.scored[step]?.race.race.id ?? null) }),
      )
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [active, standings, selection.step, hrefFor, navigate])
}
