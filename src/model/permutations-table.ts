import type { PermutationsView, PermutationsViewRow } from './permutations-view.ts'
import { pointsLeftSentence, type ScenarioSummary } from './scenario-summary.ts'

/**
 * The permutations table as the Permutations view lays it out (docs/dashboard.md#permutations):
 * each place's row without a bonus, with the rows of the same place with the pole or the fastest
 * lap grouped under it, so a long table (the Carrera Cup's pole and fastest-lap points) can show
 * them folded.
 */
export interface PermutationsGroup {
  readonly head: PermutationsViewRow
  readonly variants: ReadonlyArray<PermutationsVariant>
}

export interface PermutationsVariant {
  /** The bonus as the row writes it after the place: "+ fastest lap", "+ pole + fastest lap". */
  readonly bonus: string
  readonly row: PermutationsViewRow
}

/** `rows` of a table by place or by points (a weekend's table is by points): groups of one. */
export function permutationGroups(
  rows: ReadonlyArray<PermutationsViewRow>,
  by: PermutationsView['by'],
): ReadonlyArray<PermutationsGroup> {
  const groups: Array<{ head: PermutationsViewRow; variants: Array<PermutationsVariant> }> = []
  for (const row of rows) {
    const group = groups.at(-1)
    const bonus = group === undefined || by === 'points' ? null : bonusOf(group.head, row)
    if (group !== undefined && bonus !== null) group.variants.push({ bonus, row })
    else groups.push({ head: row, variants: [] })
  }
  return groups
}

/** "+ fastest lap" when `row` is `head`'s place with a bonus; null when it is another result. */
function bonusOf(head: PermutationsViewRow, row: PermutationsViewRow): string | null {
  const [a] = head.outcomes
  const [b] = row.outcomes
  if (a === undefined || b === undefined || a.leader.place !== b.leader.place) return null
  if (!b.leader.pole && !b.leader.fastestLap) return null
  const prefix = `${head.result} `
  return row.result.startsWith(prefix) ? row.result.slice(prefix.length) : null
}

/** The first column's heading, the leader's result: "Verstappen in round 18, Japan". */
export function leaderColumn(view: PermutationsView): string {
  return `${view.leader} in ${view.race}`
}

/** The weekend table's first column: "Dickinson over races 11 and 12". */
export function weekendColumn(view: PermutationsView, races: string): string {
  return `${view.leader} over ${races}`
}

/** The weekend table's heading: "The weekend together: races 11 and 12". */
export function weekendHeading(races: string): string {
  return `The weekend together: ${races}`
}

/**
 * Why there is no table, after the outlook sentence: "Season complete." when no race is left,
 * else the title is already settled.
 */
export function noTableNote(summary: ScenarioSummary): string {
  return summary.racesLeft === 0
    ? pointsLeftSentence(summary)
    : 'The title is settled: no result of the next race can change it.'
}

/** The view's heading: "Drivers title permutations for round 18, Japan". */
export function permutationsHeading(view: PermutationsView): string {
  return `${view.championship} title permutations for ${view.race}`
}
