/**
 * Points as people write them: 212, 12.5; at most three decimals shown (the engine keeps six,
 * docs/scoring-rules.md#race-points).
 */
export function formatPoints(points: number): string {
  return Number.isInteger(points) ? String(points) : String(Math.round(points * 1000) / 1000)
}

/**
 * A points gap as the tables show it: "—" for the leader (no one to be behind), "level" for an
 * entry on the same points as the one it is measured to, "−12" behind.
 */
export function formatGap(gap: number, leader: boolean): string {
  return leader ? '—' : formatSignedGap(gap)
}

/** A change as a signed number: "+17", "−5", "±0" (a minus sign, never a hyphen). */
export function formatChange(change: number): string {
  return change === 0 ? '±0' : `${change > 0 ? '+' : '−'}${formatPoints(Math.abs(change))}`
}

/** A gap behind, signed, where being level is a fact to state: "−12", "level". */
export function formatSignedGap(gap: number): string {
  return gap === 0 ? 'level' : `−${formatPoints(gap)}`
}
