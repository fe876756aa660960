import type { ScenarioRow, TitleStatus } from '../engine/scenarios/scenarios.ts'

const WORD: Readonly<Record<TitleStatus, string>> = {
  clinched: 'Clinched',
  contention: 'Contender',
  eliminated: 'Out',
}

/** An entry's title status as the standings' column says it (docs/scoring-rules.md#scenarios). */
export function titleStatusWord(status: TitleStatus): string {
  return WORD[status]
}

/**
 * The final positions an entry can still reach, in words: "Final position: finishes 1", or
 * "finishes between 2 and 5" ("or better" when the worst is a bound, not exact).
 */
export function finalPositionWords(
  row: Pick<ScenarioRow, 'bestPosition' | 'worstPosition' | 'worstPositionExact'>,
): string {
  const range =
    row.bestPosition === row.worstPosition
      ? `finishes ${row.bestPosition}`
      : `finishes between ${row.bestPosition} and ${row.worstPosition}${row.worstPositionExact ? '' : ' or better'}`
  return `Final position: ${range}`
}
