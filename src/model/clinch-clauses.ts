import { outscoreMargin } from '../engine/scenarios/outscore-margin.ts'
import type { PermutationRow } from '../engine/scenarios/permutation-row.ts'
import type { PermutationTable } from '../engine/scenarios/permutations.ts'
import { bonusesScoreAt, type BonusSet } from '../engine/scenarios/race-outcomes.ts'
import type { RivalLimit } from '../engine/scenarios/rival-limit.ts'
import type { RemainingRace } from '../engine/scenarios/remaining-races.ts'
import { formatPoints, pointsText } from './format-points.ts'
import { listOf } from './list-of.ts'
import { ordinalWord } from './ordinal.ts'
import { limitWords, resultWords, whateverRivalsDo } from './permutation-words.ts'

/**
 * How the leader clinches in the next race, as the simplest true summary of its permutation
 * table (docs/scoring-rules.md#permutations): "by finishing third or better whatever Hamilton
 * does", "by outscoring Vettel by 9 points and Rosberg by 2", "by winning with the fastest lap
 * whatever Leclerc and Pérez do, or by winning with Leclerc third or lower". Every clause is a
 * condition under which the table says the title is won; the table has the rest.
 */
export function clinchClauses(table: ClauseTable, rivals: ReadonlyArray<string>): string {
  const whatever = whateverRivalsDo(rivals)
  return table.by === 'points'
    ? pointsClauses(table, rivals, whatever)
    : placeClauses(table, rivals, whatever)
}

/** What the clauses read of a table: a race's, or a weekend's by points (`race` its first). */
type ClauseTable = Pick<PermutationTable, 'rows' | 'by' | 'race'> &
  Partial<Pick<PermutationTable, 'sameGroup' | 'places'>>

function placeClauses(table: ClauseTable, rivals: ReadonlyArray<string>, whatever: string) {
  const { rows } = table
  const sets = uniqueSets(rows)
  const row = (place: number, set: BonusSet) =>
    rows.find((r) => r.leader.place === place && sameSet(r.leader, set))
  // The worst place that clinches whatever happens, for each bonus set.
  const always = (set: BonusSet) => {
    let place = 0
    while (row(place + 1, set)?.clinches === 'always') place += 1
    return place
  }
  const base = sets[0] ?? { pole: false, fastestLap: false }
  const clauses: Array<string> = []
  const covered = (r: PermutationRow) =>
    r.leader.place !== null && r.leader.place <= Math.max(always(r.leader), ahead)
  // Finishing ahead of every rival: enough down to which place?
  let ahead = 0
  const places = table.places ?? 0
  if ((table.sameGroup ?? []).every(Boolean))
    while (ahead < places && aheadIsEnough(row(ahead + 1, base), ahead + 1, table.race)) ahead += 1
  const aheadSaid = ahead > always(base)
  if (aheadSaid)
    clauses.push(
      ahead >= places
        ? `by finishing ahead of ${listOf(rivals)}`
        : `by finishing ${ordinalWord(ahead)} or better and ahead of ${listOf(rivals)}`,
    )
  // Beside "ahead of", only a place worse than the win is worth saying whatever the rivals do.
  const alwaysClauses = (aheadSaid ? [base] : sets).flatMap((set) => {
    const place = always(set)
    const subsets = sets.filter(
      (s) => s !== set && (!s.pole || set.pole) && (!s.fastestLap || set.fastestLap),
    )
    const worth = aheadSaid ? place > 1 : subsets.every((s) => always(s) < place)
    return place > 0 && worth ? [resultWords(place, set, true)] : []
  })
  if (alwaysClauses.length > 0) clauses.push(`by ${alwaysClauses.join(', or ')} ${whatever}`)
  if (clauses.length > 0) {
    // What clinches whatever the leader's own result: the worst row's conditions (a better
    // result never leaves a rival more room), "or with Hamilton outside the points" (2021).
    const worst = rows.find(
      (r) => r.leader.place === null && !r.leader.pole && !r.leader.fastestLap,
    )
    const anyResult = worst?.clinches === 'if' ? conditionsOf(worst, table, rivals) : null
    // The best result not yet said, when "ahead of" does not already cover every place, and
    // when it leaves some rival more room than any result does.
    const next = rows.find((r) => r.clinches === 'if' && r.leader.place !== null && !covered(r))
    const saidByAny = (r: PermutationRow) =>
      worst !== undefined &&
      anyResult !== null &&
      r.limits.every((limit, i) => {
        const other = worst.limits[i]
        return other !== undefined && allowsNoMore(limit, other)
      })
    if (next !== undefined && ahead < places && !saidByAny(next))
      clauses.push(ifRow(next, table, rivals))
    if (anyResult !== null) clauses.push(`with ${listOf(anyResult)}`)
    return clauses.join(', or ')
  }
  return conditionalClause(table, rivals)
}

function pointsClauses(table: ClauseTable, rivals: ReadonlyArray<string>, whatever: string) {
  const { rows } = table
  // Rows run from the most points down: the fewest points that clinch whatever happens.
  let least: number | null = null
  for (const r of rows) {
    if (r.clinches !== 'always') break
    least = r.leader.points
  }
  if (least !== null) return `by scoring ${pointsText(least)} or more ${whatever}`
  return conditionalClause(table, rivals)
}

/** With no result that clinches whatever happens: the outscoring form, or the best row. */
function conditionalClause(table: ClauseTable, rivals: ReadonlyArray<string>): string {
  // No row that clinches even with conditions: nothing to say (a margin here could never be met).
  const first = table.rows.find((r) => r.clinches === 'if')
  if (first === undefined) return ''
  return marginClause(table, rivals) ?? ifRow(first, table, rivals)
}

/** "by outscoring Vettel by 9 points and Rosberg by 2", when that is exactly the condition. */
function marginClause(table: ClauseTable, rivals: ReadonlyArray<string>): string | null {
  const margins = rivals.map((_, r) => outscoreMargin(table, r))
  const close = margins.flatMap((m, r) => (m !== null && m.by > 0 ? [{ ...m, r }] : []))
  if (close.length === 0 || close.some((m) => !m.exact)) return null
  // Rivals the leader need not outscore are no matter from some total on: say that total.
  const free = (row: PermutationRow) =>
    row.limits.every((limit, r) => close.some((m) => m.r === r) || limit.kind === 'any')
  let least: number | null = null
  for (const row of table.rows.toSorted((a, b) => b.leader.points - a.leader.points)) {
    if (!free(row)) break
    least = row.leader.points
  }
  if (least === null) return null
  const parts = close.map(
    (m, i) => `${rivals[m.r]} by ${i === 0 ? pointsText(m.by) : formatPoints(m.by)}`,
  )
  // Outscoring a rival by d takes d points: a floor no higher than the largest margin goes unsaid.
  const floor =
    least > Math.max(...close.map((m) => m.by)) ? `scoring ${pointsText(least)} or more and ` : ''
  return `by ${floor}outscoring ${listOf(parts)}`
}

/** "by winning with Leclerc third or lower", "by scoring 43 points with Ferrari on 23 or fewer". */
function ifRow(r: PermutationRow, table: ClauseTable, rivals: ReadonlyArray<string>): string {
  const result =
    table.by === 'points' || r.leader.place === null
      ? `scoring ${pointsText(r.leader.points)}`
      : resultWords(r.leader.place, r.leader)
  return `by ${result} with ${listOf(conditionsOf(r, table, rivals))}`
}

/** What a row asks of each rival it limits: "Leclerc third or lower", "no newcomer starting". */
function conditionsOf(
  r: PermutationRow,
  table: ClauseTable,
  rivals: ReadonlyArray<string>,
): ReadonlyArray<string> {
  return r.limits.flatMap((limit, i) => {
    const name = rivals[i] ?? ''
    if (limit.kind === 'absent') return [`${name.replace(/^an? /, 'no ')} starting`]
    return limit.kind === 'at-most' ? [`${name} ${limitWords(limit, table.race, true)}`] : []
  })
}

/** Whether every result limit `a` lets a rival take, `b` lets it take too. */
export function allowsNoMore(a: RivalLimit, b: RivalLimit): boolean {
  if (b.kind === 'any') return true
  if (a.kind !== 'at-most' || b.kind !== 'at-most') return a.kind === b.kind
  if (a.places.length === 0 || b.places.length === 0) return a.maxPoints <= b.maxPoints
  return a.places.every((p) => {
    const q = b.places.find((x) => sameSet(x.set, p.set))
    // A set missing from `b` allows nothing there: `a` must allow nothing with it either.
    if (q === undefined) return p.from === null && !p.unplaced
    return (p.from === null || (q.from !== null && q.from <= p.from)) && (!p.unplaced || q.unplaced)
  })
}

/**
 * Whether beating every rival to the line is enough from this place: row `r` (the leader at
 * `place`) lets each rival take every result behind it, with any bonus it can score there.
 */
export function aheadIsEnough(
  r: PermutationRow | undefined,
  place: number,
  race: RemainingRace,
): boolean {
  if (r === undefined || r.clinches === 'never') return false
  return r.limits.every(
    (limit) =>
      limit.kind === 'any' ||
      (limit.kind === 'at-most' &&
        limit.places.every((p) =>
          p.from === null
            ? // A bonus no car behind can score (Formula One's fastest lap outside the top ten).
              !bonusesScoreAt(race, p.set, place + 1) && !bonusesScoreAt(race, p.set, null)
            : p.from <= place + 1 && (p.unplaced || !bonusesScoreAt(race, p.set, null)),
        )),
  )
}

function uniqueSets(rows: ReadonlyArray<PermutationRow>): ReadonlyArray<BonusSet> {
  const sets: Array<BonusSet> = []
  for (const r of rows)
    if (!sets.some((s) => sameSet(s, r.leader)))
      sets.push({ pole: r.leader.pole, fastestLap: r.leader.fastestLap })
  return sets
}

function sameSet(a: BonusSet, b: BonusSet): boolean {
  return a.pole === b.pole && a.fastestLap === b.fastestLap
}
