import { formatPoints } from '../engine/countback.ts'

/** A points gap as the tables show it: "—" for none, "−12" behind. */
export function formatGap(gap: number): string {
  return gap === 0 ? '—' : `−${formatPoints(gap)}`
}

/** "R8" for the 8th race of the calendar (1-based). */
export function raceLabel(index: number): string {
  return `R${index + 1}`
}
