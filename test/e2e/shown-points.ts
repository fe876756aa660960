import type { StandingRow } from '../../src/engine/scoring/standings.ts'

/** The points cell as the table writes it: counted, then scored when drops took some off. */
export function shownPoints(row: StandingRow): string {
  return row.pointsBeforeDrops === row.points
    ? String(row.points)
    : `${row.points} (${row.pointsBeforeDrops})`
}
