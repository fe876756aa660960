import type { Capacity } from './capacity.ts'
import {
  mustOutscore,
  type Contender,
  type ScenarioRules,
  type Standing,
} from './scenario-rules.ts'

/**
 * How many of `sorted` could pass if points were shared out as finely as wished: the largest k
 * whose k smallest needs fit, for every t, the t largest of them into what t entries can take
 * (a polymatroid: this is exactly when a fractional sharing exists, and it only grows with k).
 * Drops can only absorb points, so an entry needs at least its deficit in raw points, and no
 * less than the smallest total one car can actually collect at or above it (`reachable`); the
 * deficit itself only where the best record that total comes with wins countback
 * (`levelAhead`), else more. A
 * driver yet to race whose 0 is already ahead of a target below zero needs nothing but a start:
 * its deficit is negative, and the least total above it is 0 (docs/scoring-rules.md#scenarios).
 */
export function relaxedPassers(
  sorted: ReadonlyArray<Contender>,
  target: Standing,
  capacity: Capacity,
  rules: ScenarioRules,
): number {
  const needs = sorted
    .map((c) => {
      const need = target.points - c.min.points
      const strict =
        mustOutscore(c, target, rules.countback) ||
        !capacity.levelAhead(c.tally.places, target, need)
      return Math.max(0, capacity.atLeast(need, strict))
    })
    .toSorted((a, b) => a - b)
  const prefix = [0]
  for (const need of needs) prefix.push((prefix.at(-1) ?? 0) + need)
  const classes = classesRaced(sorted, rules)
  const fits = (k: number) => {
    for (let t = 1; t <= k; t += 1)
      if ((prefix[k] ?? 0) - (prefix[k - t] ?? 0) > capacity.points(t, classes) + 1e-9) return false
    return true
  }
  let low = 0
  let high = needs.length
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (fits(mid)) low = mid
    else high = mid - 1
  }
  // Each one that passes takes a result that changes where it stands, except a driver yet to
  // race ahead of a target below zero, for whom a start is enough.
  const startOnly = sorted.filter((c) => c.min.points > target.points).length
  return Math.min(low, startOnly + capacity.results)
}

/**
 * How many classes `entries` race in: every class the championship counts when one of them may
 * race any (a driver yet to race).
 */
function classesRaced(entries: ReadonlyArray<Contender>, rules: ScenarioRules): number {
  const seen = new Set<string>()
  for (const { tally } of entries) {
    if (tally.field.kind !== 'cars') return rules.classes.length
    for (const cls of tally.field.classes) seen.add(cls)
  }
  return Math.max(1, seen.size)
}
