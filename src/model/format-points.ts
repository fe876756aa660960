/**
 * Points as people write them: 212, 12.5; at most three decimals shown (the engine keeps six,
 * docs/scoring-rules.md#race-points).
 */
export function formatPoints(points: number): string {
  return Number.isInteger(points) ? String(points) : String(Math.round(points * 1000) / 1000)
}

/** A points gap as the tables show it: "—" for none, "−12" behind. */
export function formatGap(gap: number): string {
  return gap === 0 ? '—' : `−${formatPoints(gap)}`
}
