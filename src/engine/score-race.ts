import { assertNever } from './assert-never.ts'
import type { ResultRow, ScoringRule } from './types.ts'

/** One result row with every part of its score spelled out (docs/scoring-rules.md#race-points). */
export interface ScoredRow {
  readonly row: ResultRow
  /** Position among classified cars of the same class; null when not classified. */
  readonly classPosition: number | null
  /** The position the points table is read at: class or overall, per `awardBy`. */
  readonly place: number | null
  /** Table points for `place`, before the race's multiplier. */
  readonly tablePoints: number
  readonly multiplier: number
  /** `tablePoints × multiplier`. */
  readonly positionPoints: number
  readonly polePoints: number
  readonly fastestLapPoints: number
  readonly penaltyPoints: number
  /** positionPoints + polePoints + fastestLapPoints − penaltyPoints. */
  readonly points: number
}

/**
 * Scores every row of one race: class positions are derived from overall positions, points
 * are read from the race type's table at the class or overall place, the multiplier applies
 * to position points only, bonuses follow their conditions, a DSQ scores nothing, and
 * penalty points are taken off whatever the car scored (docs/scoring-rules.md#race-points).
 */
export function scoreRace(
  rows: ReadonlyArray<ResultRow>,
  rule: ScoringRule,
  multiplier = 1,
): ReadonlyArray<ScoredRow> {
  const classPositions = deriveClassPositions(rows)
  return rows.map((row) => {
    const classPosition = classPositions.get(row) ?? null
    const place =
      row.status === 'classified' ? (rule.awardBy === 'class' ? classPosition : row.position) : null
    const tablePoints =
      place === null || row.status !== 'classified' ? 0 : (rule.points[place - 1] ?? 0)
    const positionPoints = tablePoints * multiplier
    const { polePoints, fastestLapPoints } = scoreBonuses(row, place, rule)
    const penaltyPoints = row.penaltyPoints ?? 0
    return {
      row,
      classPosition,
      place,
      tablePoints,
      multiplier,
      positionPoints,
      polePoints,
      fastestLapPoints,
      penaltyPoints,
      points: positionPoints + polePoints + fastestLapPoints - penaltyPoints,
    }
  })
}

/** Position of each classified row among the classified rows of its class, in overall order. */
export function deriveClassPositions(
  rows: ReadonlyArray<ResultRow>,
): ReadonlyMap<ResultRow, number> {
  const classified = rows.filter((row) => row.status === 'classified')
  const ordered = isSortedByPosition(classified)
    ? classified
    : classified.toSorted((a, b) => a.position - b.position)
  const seen = new Map<string, number>()
  const positions = new Map<ResultRow, number>()
  for (const row of ordered) {
    const position = (seen.get(row.class) ?? 0) + 1
    seen.set(row.class, position)
    positions.set(row, position)
  }
  return positions
}

function isSortedByPosition(rows: ReadonlyArray<{ readonly position: number }>): boolean {
  for (let i = 1; i < rows.length; i += 1) {
    const previous = rows[i - 1]
    const current = rows[i]
    if (previous !== undefined && current !== undefined && previous.position > current.position)
      return false
  }
  return true
}

function scoreBonuses(row: ResultRow, place: number | null, rule: ScoringRule) {
  const bonuses = rule.bonuses ?? {}
  const isClassified = row.status === 'classified'
  if (!canScoreBonuses(row) || (bonuses.requireClassified === true && !isClassified)) {
    return { polePoints: 0, fastestLapPoints: 0 }
  }
  const max = bonuses.fastestLapMaxPosition
  const lapCounts = max === undefined || (place !== null && place <= max)
  return {
    polePoints: row.pole === true ? (bonuses.pole ?? 0) : 0,
    fastestLapPoints: row.fastestLap === true && lapCounts ? (bonuses.fastestLap ?? 0) : 0,
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
