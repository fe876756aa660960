// When the pole and fastest-lap bonuses score (docs/scoring-rules.md#race-points), written once:
// scoring (score-bonuses.ts) applies them to a result, the scenarios (../scenarios/) to every
// result still possible. A new bonus condition goes here (docs/adding-a-rule.md).

/**
 * Whether the fastest lap scores for a car at `place` (its place for points; null: not
 * classified) when the rule limits it to the top `maxPosition` places (null or undefined: any
 * place, classified or not).
 */
export function fastestLapCountsAt(
  maxPosition: number | null | undefined,
  place: number | null,
): boolean {
  return (
    maxPosition === undefined || maxPosition === null || (place !== null && place <= maxPosition)
  )
}

/** Whether a car that is not classified may take its bonuses (`requireClassified` says not). */
export function unclassifiedTakesBonuses(requireClassified: boolean | undefined): boolean {
  return requireClassified !== true
}

/**
 * The points of the place `place` (1 = first) on a race type's table, times the race's
 * multiplier (which never touches bonuses); 0 past the end of the table.
 */
export function placePoints(
  table: ReadonlyArray<number>,
  place: number,
  multiplier: number,
): number {
  return (table[place - 1] ?? 0) * multiplier
}
