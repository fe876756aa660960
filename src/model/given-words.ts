import type { ScoredRow } from '../engine/scoring/score-race.ts'
import { formatPoints, pointsText } from './format-points.ts'
import { ordinal } from './ordinal.ts'

// A result whose points an official sheet gives, in words (docs/data-format.md#given-points):
// the sheet gives points, not a finishing place, so the words say "official points" and the
// place only as the place those points stand for on the scale.

/** Whether the car's points were given by an official sheet, not computed. */
export function isGiven(row: ScoredRow): boolean {
  return row.row.given !== undefined
}

/**
 * "official points: 350 + 10 pole = 360 points (the points of 1st on the scale; the finishing
 * place is not in the official sheet)".
 */
export function givenBreakdown(row: ScoredRow): string {
  const parts = [formatPoints(row.positionPoints)]
  if (row.polePoints > 0) parts.push(`${formatPoints(row.polePoints)} pole`)
  if (row.fastestLapPoints > 0) parts.push(`${formatPoints(row.fastestLapPoints)} fastest lap`)
  const penalty = row.penaltyPoints > 0 ? ` − ${formatPoints(row.penaltyPoints)} penalty` : ''
  const sum =
    parts.length === 1 && penalty === ''
      ? pointsText(row.points)
      : `${parts.join(' + ')}${penalty} = ${pointsText(row.points)}`
  const scale = row.place === null ? '' : `the points of ${ordinal(row.place)} on the scale; `
  return `official points: ${sum} (${scale}the finishing place is not in the official sheet)`
}

/** The short result where a place would stand: "370 official". */
export function givenShort(row: ScoredRow): string {
  return `${formatPoints(row.points)} official`
}
