import { countsRace } from '../engine/scoring/eligibility.ts'
import type { SeasonStandings } from '../engine/scoring/season-standings.ts'
import { standingsAt } from '../engine/scoring/standings.ts'
import type { Championship } from '../engine/types.ts'
import { raceName } from '../model/race-name.ts'
import type { OfficialSheet } from './alkamel-points.ts'
import { reconcile, type Reconciliation } from './reconcile.ts'
import { reconciliationLines } from './reconcile-text.ts'
import { sheetChampionship } from './sheet-championship.ts'

export interface SeasonReconciliation {
  readonly championship: Championship
  readonly result: Reconciliation
  /** What `pitboard reconcile` prints and the dashboard's import shows: headline, then differences. */
  readonly lines: ReadonlyArray<string>
}

/**
 * A season's standings after its latest race with results against an official points sheet
 * (docs/importing.md#reconcile): the championship the sheet is of (or the one named), its races
 * in calendar order for the sheet's sessions, and the words. The one function behind the CLI and
 * the dashboard's import.
 */
export function reconcileSeason(
  standings: SeasonStandings,
  sheet: OfficialSheet,
  named: ReadonlyArray<string>,
): SeasonReconciliation | { readonly error: string } {
  const picked = sheetChampionship(
    standings.championships.map((p) => p.championship),
    sheet.title,
    named,
  )
  if ('error' in picked) return picked
  const progression = standings.championships.find((p) => p.championship.id === picked.id)
  if (progression === undefined) return { error: `championship "${picked.id}" has no standings` }
  const rows = standingsAt(progression, progression.steps.length - 1)
  const calendar = standings.calendar.map((r) => r.race.id)
  const races = standings.calendar
    .filter((r) => countsRace(picked, r.race.id))
    .map((r) => r.race.id)
  const result = reconcile(rows, races, calendar, sheet)
  const label = (id: string) => {
    const race = standings.calendar.find((r) => r.race.id === id)
    return race === undefined ? id : raceName(race)
  }
  return {
    championship: picked,
    result,
    lines: reconciliationLines(result, sheet, picked.name, label),
  }
}
