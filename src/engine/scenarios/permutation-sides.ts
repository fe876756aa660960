import {
  bestResult,
  finalPoints,
  isAhead,
  type Contender,
  type Standing,
} from './scenario-rules.ts'
import type { ChampionshipScenarios } from './scenarios.ts'

/**
 * One side of a permutation table (docs/scoring-rules.md#permutations): its final standing
 * given its points in the races of the table (`slots` of the remaining races) and the places
 * it takes there; the leader scores nothing in the races after them, a rival takes the best.
 */
export interface Side {
  readonly contender: Contender
  readonly final: (points: ArrayLike<number>, places: ReadonlyArray<number>) => Standing
}

export interface Sides {
  readonly leader: Side
  /** Contender indices of the rivals still able to finish level or ahead; -1: a newcomer. */
  readonly rivalIds: ReadonlyArray<number>
  readonly rivals: ReadonlyArray<Side>
}

/** The index (in `remaining`) of the next race on the calendar after the race shown. */
export function nextSlot(scenarios: ChampionshipScenarios): number {
  // An earlier race without a result stays one of the later ones.
  const later = scenarios.remaining.findIndex((race) => race.race.index > scenarios.asOf.index)
  return later < 0 ? 0 : later
}

/** The leader and its rivals for a table of the remaining races at `slots`; null: no rival. */
export function permutationSides(
  scenarios: ChampionshipScenarios,
  slots: ReadonlyArray<number>,
): Sides | null {
  const { contenders, remaining, rules, newcomer } = scenarios
  const leader = contenders[0]
  if (leader === undefined) return null
  const rivalIds = contenders.flatMap((c, i) =>
    i > 0 && !isAhead(leader.min, c.max, rules.countback) ? [i] : [],
  )
  if (newcomer !== null && !isAhead(leader.min, newcomer.max, rules.countback)) rivalIds.push(-1)
  if (rivalIds.length === 0) return null
  const inTable = (i: number) => slots.includes(i)
  const sideOf = (
    c: Contender,
    others: (i: number) => number,
    extra: ReadonlyArray<number>,
  ): Side => {
    const scores = remaining.map((_, i) => (inTable(i) ? 0 : others(i)))
    return {
      contender: c,
      final: (points, places) => {
        slots.forEach((slot, k) => (scores[slot] = points[k] ?? 0))
        const all = [...extra]
        for (const p of places) all[p] = (all[p] ?? 0) + 1
        return { points: finalPoints(c.tally, rules, scores), places: all }
      },
    }
  }
  const rivalSide = (c: Contender): Side => {
    const best = remaining.map((race) => bestResult(rules, race, c.tally.field))
    const places = [...c.tally.places]
    best.forEach((result, i) => {
      if (!inTable(i)) for (const p of result.places) places[p] = (places[p] ?? 0) + 1
    })
    return sideOf(c, (i) => best[i]?.points ?? 0, places)
  }
  return {
    leader: sideOf(leader, () => 0, leader.tally.places),
    rivalIds,
    rivals: rivalIds.map((i) => rivalSide(i < 0 ? newcomer! : contenders[i]!)),
  }
}
