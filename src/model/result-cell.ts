import { assertNever } from '../engine/assert-never.ts'
import { countNoun } from './count-noun.ts'
import { formatPoints, pointsText } from './format-points.ts'
import { givenBreakdown, isGiven } from './given-words.ts'
import { ordinalWord } from './ordinal.ts'
import type { EntryRace } from '../engine/scoring/entry-race.ts'
import type { ScoredRow } from '../engine/scoring/score-race.ts'
import { STATUS_CODES as CODES } from '../engine/scoring/status-code.ts'

/** Gold, silver and bronze for the podium, as the Wikipedia season matrices colour them. */
export type CellKind = 'win' | 'second' | 'third' | 'points' | 'no-points' | 'out' | 'none'

/**
 * One entry's result in one race as every surface writes it (the results grid, its CSV, the
 * head-to-head): a text code always (place, Ret, DNS, DSQ, NC, or the points a sheet or a team
 * scored), colour only as a second signal, the pole and fastest-lap marks, whether it was
 * dropped, and the whole story in words.
 */
export interface ResultCell {
  readonly kind: CellKind
  readonly text: string
  readonly pole: boolean
  readonly fastestLap: boolean
  readonly dropped: boolean
  readonly points: number | null
  /** The whole story for hover, focus and screen readers. */
  readonly detail: string
}

function placeKind(place: number, points: number): CellKind {
  if (place === 1) return 'win'
  if (place === 2) return 'second'
  if (place === 3) return 'third'
  return points > 0 ? 'points' : 'no-points'
}

/** The score of a car row as words: "20 + 2 pole + 1 fastest lap = 23 points". */
export function pointsBreakdown(row: ScoredRow): string {
  if (row.row.noPoints === true) return 'no points: this car scores nothing'
  const parts = [formatPoints(row.positionPoints)]
  if (row.multiplier !== 1) parts[0] = `${formatPoints(row.tablePoints)} × ${row.multiplier}`
  if (row.polePoints > 0) parts.push(`${formatPoints(row.polePoints)} pole`)
  if (row.fastestLapPoints > 0) parts.push(`${formatPoints(row.fastestLapPoints)} fastest lap`)
  const penalty = row.penaltyPoints > 0 ? ` − ${formatPoints(row.penaltyPoints)} penalty` : ''
  // A multiplied race always says its sum: "9 × 0.5 = 4.5 points" (docs/scoring-rules.md).
  return parts.length === 1 && penalty === '' && row.multiplier === 1
    ? pointsText(row.points)
    : `${parts.join(' + ')}${penalty} = ${pointsText(row.points)}`
}

function carCell(row: ScoredRow, dropped: boolean, where: string): ResultCell {
  const base = { pole: row.pole, fastestLap: row.fastestLap, dropped, points: row.points }
  const marks = [row.pole ? 'pole' : '', row.fastestLap ? 'fastest lap' : ''].filter(Boolean)
  const extra = `${marks.length > 0 ? `; ${marks.join(', ')}` : ''}${dropped ? '; dropped' : ''}`
  // Points an official sheet gives: the points, never a finishing place it does not say.
  if (isGiven(row))
    return {
      ...base,
      kind: row.points > 0 ? 'points' : 'no-points',
      text: formatPoints(row.points),
      detail: `${where}: ${givenBreakdown(row)}${extra}`,
    }
  switch (row.status) {
    case 'classified': {
      const place = row.place ?? row.position ?? 0
      const scope = row.place !== null && row.place !== row.position ? ' in class' : ''
      return {
        ...base,
        kind: placeKind(place, row.points),
        text: String(place),
        detail: `${where}: ${ordinalWord(place)}${scope}, ${pointsBreakdown(row)}${extra}`,
      }
    }
    case 'dnf':
    case 'dns':
    case 'dsq':
    case 'nc':
      return {
        ...base,
        kind: 'out',
        text: CODES[row.status],
        detail: `${where}: ${CODES[row.status]}${row.row.reason ? ` (${row.row.reason})` : ''}, ${pointsBreakdown(row)}${extra}`,
      }
    default:
      return assertNever(row.status)
  }
}

/** The cell for `race` (undefined: the entry has no result there). */
export function resultCell(
  race: EntryRace | undefined,
  dropped: boolean,
  where: string,
): ResultCell {
  if (race === undefined)
    return {
      kind: 'none',
      text: '',
      pole: false,
      fastestLap: false,
      dropped: false,
      points: null,
      detail: `${where}: no result`,
    }
  if (race.kind === 'car') return carCell(race, dropped, where)
  const pole = race.cars.some((car) => car.pole)
  const fastestLap = race.cars.some((car) => car.fastestLap)
  const text = race.rank !== null ? String(race.rank) : formatPoints(race.points)
  const kind =
    race.rank !== null
      ? placeKind(race.rank, race.points)
      : race.points > 0
        ? 'points'
        : 'no-points'
  const scope = race.rank !== null ? `${ordinalWord(race.rank)} team, ` : ''
  return {
    kind,
    text,
    pole,
    fastestLap,
    dropped,
    points: race.points,
    detail: `${where}: ${scope}${pointsText(race.points)} from ${countNoun(race.cars.length, 'car')}${dropped ? '; dropped' : ''}`,
  }
}
