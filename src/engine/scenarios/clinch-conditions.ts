import { nextRaceMayClinch, permutationTable, type PermutationTable } from './permutations.ts'
import type { RemainingRace } from './remaining-races.ts'
import { weekendTable, type WeekendTable } from './weekend-permutations.ts'
import type { ChampionshipScenarios } from './scenarios.ts'

/**
 * The title picture from the leader's side (docs/scoring-rules.md#scenarios). Indices are rows
 * of the table (0: the leader). The model words it (src/model/title-outlook.ts).
 * - `clinched`: no rival can catch the leader; `racesLeft` 0: the season is over;
 * - `shared`: the season is over with leaders level on everything;
 * - `decided-later`: no result of the next race clinches;
 * - `can-clinch`: some result of the next race clinches: the permutation table says which.
 */
export type TitleOutlook =
  | { readonly kind: 'clinched'; readonly leader: number; readonly racesLeft: number }
  | { readonly kind: 'shared'; readonly leaders: ReadonlyArray<number> }
  | {
      readonly kind: 'decided-later'
      readonly leader: number
      readonly race: RemainingRace
      /** The next weekend's table, where its races together can clinch (null otherwise). */
      readonly weekend: WeekendTable | null
    }
  | {
      readonly kind: 'can-clinch'
      readonly leader: number
      readonly race: RemainingRace
      readonly table: PermutationTable
    }

/**
 * Whether, and how, the leader can clinch the title in the next race: read off the permutation
 * table of that race (permutations.ts), so "cannot clinch" is said only when no result of the
 * next race clinches (docs/scoring-rules.md#permutations). Where even the leader's best result
 * cannot (`nextRaceMayClinch`), no row of the table can, and it is not worked out.
 */
export function titleOutlook(
  scenarios: ChampionshipScenarios,
  table: () => PermutationTable | null = () => permutationTable(scenarios),
  weekend: () => WeekendTable | null = () => weekendTable(scenarios),
): TitleOutlook | null {
  const { rows, remaining } = scenarios
  const leaderRow = rows[0]
  if (leaderRow === undefined) return null
  if (leaderRow.status === 'clinched')
    return { kind: 'clinched', leader: 0, racesLeft: remaining.length }
  const glance = nextRaceMayClinch(scenarios)
  if (glance !== null && !glance.may)
    return { kind: 'decided-later', leader: 0, race: glance.race, weekend: clinchable(weekend()) }
  const next = glance === null ? null : table()
  if (next === null) {
    const leaders = rows.flatMap((row, i) => (row.bestPosition === 1 ? [i] : []))
    return { kind: 'shared', leaders }
  }
  return next.rows.some((row) => row.clinches !== 'never')
    ? { kind: 'can-clinch', leader: 0, race: next.race, table: next }
    : { kind: 'decided-later', leader: 0, race: next.race, weekend: clinchable(weekend()) }
}

function clinchable(table: WeekendTable | null): WeekendTable | null {
  return table !== null && table.rows.some((row) => row.clinches !== 'never') ? table : null
}
