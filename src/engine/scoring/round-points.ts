/**
 * Points are kept to six decimals so that half points and other multipliers add up without
 * floating-point noise (docs/scoring-rules.md#race-points).
 */
export function roundPoints(points: number): number {
  return Math.round(points * 1e6) / 1e6
}
