import type { RemainingRace } from './remaining-races.ts'

/**
 * The step a team's points come in over one race (docs/scoring-rules.md#permutations): whole
 * numbers, or halves (a half-points race) or finer where the rules say, 0.05 at the finest. A
 * team adding its cars up can score any multiple of it up to its best, so the permutations of
 * the next race and of the next weekend list a team's totals in it.
 */
export function pointsStep(race: RemainingRace): number {
  const all = [...race.prizes, race.pole, race.fastestLap]
  for (const step of [1, 0.5, 0.25, 0.1])
    if (all.every((p) => Math.abs(p / step - Math.round(p / step)) < 1e-9)) return step
  return 0.05
}
