import type { PermutationRow } from '../engine/scenarios/permutation-row.ts'
import { placeSpan } from './permutation-words.ts'
import type { PermutationsView } from './permutations-view.ts'
import type { PermutationsViewRow } from './permutations-view-row.ts'
import { capital } from './race-name.ts'
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

/**
 * The view's heading, "Drivers title permutations for round 18, Japan" ("Drivers title
 * permutations" with no table); with no championship the permutations card's subtitle under the
 * championship's title: "Title permutations for race 12".
 */
export function permutationsHeading(championship: string | null, race: string | null): string {
  const words = `title permutations${race === null ? '' : ` for ${race}`}`
  return championship === null ? capital(words) : `${championship} ${words}`
}

/**
 * The places that cannot clinch even with a bonus, as one line a phone shows in their stead
 * (docs/dashboard.md#permutations): what they are, which groups, and how many rows they hold.
 */
export interface NeverFold {
  /** "7th or lower, or not classified", "0–8 points", "any result". */
  readonly result: string
  /** The indices of the groups it stands for. */
  readonly groups: ReadonlySet<number>
  readonly rows: number
}

/** The groups of `groups` whose every row never clinches; null when fewer than two rows would fold. */
export function neverFold(
  groups: ReadonlyArray<PermutationsGroup>,
  by: PermutationsView['by'],
): NeverFold | null {
  const rowsOf = (group: PermutationsGroup) => [group.head, ...group.variants.map((v) => v.row)]
  const folded = groups.flatMap((group) =>
    rowsOf(group).every((row) => row.clinches === 'never') ? [group] : [],
  )
  const rows = folded.reduce((sum, group) => sum + rowsOf(group).length, 0)
  if (rows < 2) return null
  const outcomes = (of: ReadonlyArray<PermutationsGroup>) =>
    of.flatMap(rowsOf).flatMap((row) => row.outcomes)
  const result =
    folded.length === groups.length
      ? 'any result'
      : by === 'points'
        ? folded.map((group) => group.head.result).join(', or ')
        : placesSaid(outcomes(folded), outcomes(groups))
  return { result, groups: new Set(folded.map((group) => groups.indexOf(group))), rows }
}

/** The leader's places of `outcomes` as the rows say them: "7th, or 9th or lower, or not classified". */
function placesSaid(
  outcomes: ReadonlyArray<PermutationRow>,
  table: ReadonlyArray<PermutationRow>,
): string {
  const deepest = Math.max(0, ...table.map((o) => o.leader.place ?? 0))
  const places = [...new Set(outcomes.flatMap((o) => o.leader.place ?? []))].toSorted(
    (a, b) => a - b,
  )
  // Runs of places next to each other, each one span.
  const spans: Array<string> = []
  let from = places[0]
  places.forEach((place, i) => {
    const next = places[i + 1]
    if (next === place + 1) return
    spans.push(placeSpan(from ?? place, place, place >= deepest))
    from = next
  })
  if (outcomes.some((o) => o.leader.place === null)) spans.push('not classified')
  return spans.join(', or ')
}
