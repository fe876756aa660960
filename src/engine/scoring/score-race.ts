import { placePoints } from './bonus-conditions.ts'
import { fastestLapTies, scoreBonuses } from './score-bonuses.ts'
import { toFinishingOrder } from './finishing-order.ts'
import { givenScore, type ScoreParts } from './given-points.ts'
import { asIs, type Interner } from './interner.ts'
import type { ResultRow, RowStatus, ScoringRule } from '../types.ts'

/**
 * One car's result in one race with every part of its score spelled out
 * (docs/scoring-rules.md#race-points). The row's fields are copied into one fixed shape, so the
 * rest of the engine reads the same kind of object whatever optional fields the file had.
 */
export interface ScoredRow extends ScoreParts {
  readonly kind: 'car'
  /** The row as it was in the result file. */
  readonly row: ResultRow
  /** Calendar index of the race. */
  readonly raceIndex: number
  readonly car: string
  readonly drivers: ReadonlyArray<string>
  readonly team: string
  readonly class: string
  readonly status: RowStatus
  /** Overall classified position; null when not classified. */
  readonly position: number | null
  /**
   * Position among classified cars of the same class, guests included: the place on the road,
   * shown to people; null when not classified.
   */
  readonly classPosition: number | null
  /**
   * The position the points table is read at: class or overall, per `awardBy`, with the guests
   * ahead skipped; null for a guest or a car not classified (docs/scoring-rules.md#guests).
   */
  readonly place: number | null
  /** `place` when this race type counts for countback, else null (docs/scoring-rules.md#countback). */
  readonly countbackPlace: number | null
  readonly pole: boolean
  readonly fastestLap: boolean
  /** Not a championship entry (`guest`): no place for points, scores 0. */
  readonly guest: boolean
  /** positionPoints + polePoints + fastestLapPoints − penaltyPoints. */
  readonly points: number
}

export interface RaceContext {
  /** Multiplies position points only, never bonuses. Default 1. */
  readonly multiplier?: number
  readonly raceIndex?: number
  /** Whether places in this race count for countback. Default true. */
  readonly countsForCountback?: boolean
  /** Canonical id strings for the season (interner.ts). Default: ids as they come. */
  readonly intern?: Interner
}

/**
 * Scores every row of one race and returns them in finishing order (classified cars by
 * position, then the rest by car number): class positions are derived from overall positions,
 * points are read from the race type's table at the class or overall place (guests take none:
 * the cars behind move up), the multiplier applies to position points only, bonuses follow their
 * conditions, a DSQ or a guest scores nothing, and penalty points are taken off whatever any
 * other car scored (docs/scoring-rules.md#race-points). A row with `given` points scores them as
 * given (docs/scoring-rules.md#given-points).
 */
export function scoreRace(
  rows: ReadonlyArray<ResultRow>,
  rule: ScoringRule,
  context: RaceContext = {},
): ReadonlyArray<ScoredRow> {
  const multiplier = context.multiplier ?? 1
  const raceIndex = context.raceIndex ?? 0
  const countsForCountback = context.countsForCountback ?? true
  const intern = context.intern ?? asIs
  const classCounts = new Map<string, number>()
  // Classified guests so far, by class and overall ('' key): the places for points skip them.
  const guestsAhead = new Map<string, number>()
  const lapTies = fastestLapTies(rows, rule.awardBy)
  return toFinishingOrder(rows).map((row): ScoredRow => {
    const guest = row.guest === true
    let classPosition: number | null = null
    let place: number | null = null
    // A row with given points stands at the place its points stand for on the scale.
    if (row.status === 'classified' && row.given !== undefined) classPosition = place = row.position
    else if (row.status === 'classified') {
      classPosition = (classCounts.get(row.class) ?? 0) + 1
      classCounts.set(row.class, classPosition)
      const key = rule.awardBy === 'class' ? row.class : ''
      const skipped = guestsAhead.size === 0 ? 0 : (guestsAhead.get(key) ?? 0)
      // A guest takes no place for points: the cars behind move up (docs/scoring-rules.md#guests).
      if (guest) guestsAhead.set(key, skipped + 1)
      else place = (rule.awardBy === 'class' ? classPosition : row.position) - skipped
    }
    const position = row.status === 'classified' ? row.position : null
    // A car that keeps its place but scores nothing (`noPoints`): its place pays nobody.
    const scores = !guest && row.noPoints !== true
    // Points an official sheet gives are final (docs/scoring-rules.md#given-points).
    const parts =
      row.given !== undefined
        ? givenScore(row.given)
        : tableScore(row, place, scores, rule, multiplier, lapTies)
    return {
      kind: 'car',
      row,
      raceIndex,
      car: row.car,
      drivers: intern.ids(row.drivers),
      team: intern.id(row.team),
      class: intern.id(row.class),
      status: row.status,
      position,
      classPosition,
      place,
      countbackPlace: countsForCountback ? place : null,
      pole: row.pole === true || parts.polePoints > 0,
      fastestLap: row.fastestLap === true || parts.fastestLapPoints > 0,
      guest,
      tablePoints: parts.tablePoints,
      multiplier: parts.multiplier,
      positionPoints: parts.positionPoints,
      polePoints: parts.polePoints,
      fastestLapPoints: parts.fastestLapPoints,
      penaltyPoints: parts.penaltyPoints,
      points:
        parts.positionPoints + parts.polePoints + parts.fastestLapPoints - parts.penaltyPoints,
    }
  })
}

/** A row's score read off the points table, with its bonuses and penalty. */
function tableScore(
  row: ResultRow,
  place: number | null,
  scores: boolean,
  rule: ScoringRule,
  multiplier: number,
  lapTies: ReturnType<typeof fastestLapTies>,
): ScoreParts {
  const paid = scores ? place : null
  const tablePoints = paid === null ? 0 : placePoints(rule.points, paid, 1)
  const { polePoints, fastestLapPoints } = scores
    ? scoreBonuses(row, place, rule, lapTies?.get(rule.awardBy === 'class' ? row.class : ''))
    : { polePoints: 0, fastestLapPoints: 0 }
  return {
    tablePoints,
    multiplier,
    positionPoints: paid === null ? 0 : placePoints(rule.points, paid, multiplier),
    polePoints,
    fastestLapPoints,
    // A guest's score is 0 whatever it carries: nobody's points to take off.
    penaltyPoints: row.guest === true ? 0 : (row.penaltyPoints ?? 0),
  }
}
