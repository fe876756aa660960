import { apart } from './pair-standing.ts'
import type { BoothEntry, BoothTable } from './booth-table.ts'

/** Two entries a commentator picked, the one with more points first. */
export interface PairBattle {
  readonly kind: 'pair'
  readonly ahead: BoothEntry
  readonly behind: BoothEntry
  readonly gap: number
  /** How the gap between the two moved in this race; null before the first race. */
  readonly gapChange: number | null
  /** "gap to Tom Sargent", "gap (level)"; across classes "gap to Efrin Castro, in different classes". */
  readonly label: string
}

/**
 * The gap between two picked entries, each with its own table: one championship's, or two
 * classes' (each measured in its own class, as the charts and head-to-head measure a pair across
 * classes, docs/dashboard.md#booth). Null when either is not in its table.
 */
export function pairBattle(
  [tableA, idA]: readonly [BoothTable, string],
  [tableB, idB]: readonly [BoothTable, string],
  step: number,
): PairBattle | null {
  const a = tableA.rows.find((row) => row.id === idA)
  const b = tableB.rows.find((row) => row.id === idB)
  if (a === undefined || b === undefined || a === b) return null
  const across = tableA !== tableB
  // In one class the championship order; across classes, the points each scored in its own.
  const aFirst = across ? a.points >= b.points : a.position <= b.position
  const [ahead, behind] = aFirst ? [a, b] : [b, a]
  const [tableAhead, tableBehind] = aFirst ? [tableA, tableB] : [tableB, tableA]
  const pointsBefore = (table: BoothTable, id: string) => table.before.get(id)?.points ?? 0
  const gap = ahead.points - behind.points
  const first = tableAhead.entry(ahead, across)
  const label = gap === 0 ? 'gap (level)' : `gap to ${first.name}`
  return {
    kind: 'pair',
    ahead: first,
    behind: tableBehind.entry(behind, across),
    gap,
    gapChange:
      step === 0
        ? null
        : gap - (pointsBefore(tableAhead, ahead.id) - pointsBefore(tableBehind, behind.id)),
    // A booth pair spans two classes of one All classes board (model/pair-standing.ts words it).
    label: across ? `${label}, ${apart(true)}` : label,
  }
}
