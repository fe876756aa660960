import { assertNever } from '../assert-never.ts'
import { fastestLapCountsAt, unclassifiedTakesBonuses } from './bonus-conditions.ts'
import type { ResultRow, ScoringRule } from '../types.ts'

// The pole and fastest-lap bonuses of one car (docs/scoring-rules.md#race-points), for score-race.ts.

/**
 * How many cars share the fastest lap, per class (or for the race, by overall places), when any
 * do (docs/scoring-rules.md#race-points); null when none is shared, the usual case.
 */
export function fastestLapTies(
  rows: ReadonlyArray<ResultRow>,
  awardBy: ScoringRule['awardBy'],
): ReadonlyMap<string, number> | null {
  let flagged = 0
  for (const row of rows) if (row.fastestLap === true) flagged += 1
  if (flagged < 2) return null
  const ties = new Map<string, number>()
  for (const row of rows) {
    if (row.fastestLap !== true) continue
    const scope = awardBy === 'class' ? row.class : ''
    ties.set(scope, (ties.get(scope) ?? 0) + 1)
  }
  // One fastest lap per class (the Carrera Cup's three) is no tie: no lookups per car then.
  for (const count of ties.values()) if (count > 1) return ties
  return null
}

/** `sharing`: how many cars share the fastest lap, when more than one (the bonus is split). */
export function scoreBonuses(
  row: ResultRow,
  place: number | null,
  rule: ScoringRule,
  sharing: number = 1,
) {
  const bonuses = rule.bonuses ?? {}
  const isClassified = row.status === 'classified'
  const disqualified = !canScoreBonuses(row) && bonuses.keepWhenDisqualified !== true
  if (disqualified || (!isClassified && !unclassifiedTakesBonuses(bonuses.requireClassified))) {
    return { polePoints: 0, fastestLapPoints: 0 }
  }
  const lapCounts = fastestLapCountsAt(bonuses.fastestLapMaxPosition, place)
  return {
    polePoints: row.pole === true ? (bonuses.pole ?? 0) : 0,
    fastestLapPoints:
      row.fastestLap === true && lapCounts ? (bonuses.fastestLap ?? 0) / sharing : 0,
  }
}

/** A disqualified car scores nothing, bonuses included; every other car may take its bonuses. */
function canScoreBonuses(row: ResultRow): boolean {
  switch (row.status) {
    case 'dsq':
      return false
    case 'classified':
    case 'dnf':
    case 'dns':
    case 'nc':
      return true
    default:
      return assertNever(row)
  }
}
