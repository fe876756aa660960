import { expect, test } from 'vitest'
import { scenarioRules } from '../../fixtures/scenario-rules.ts'
import type { RemainingRace } from '../../../src/engine/scenarios/remaining-races.ts'
import { SuffixMemo } from '../../../src/engine/scenarios/suffix-memo.ts'
import { remainingRace } from '../../fixtures/remaining-race.ts'

/*
 * The memo behind the reachable totals and the level records (docs/scoring-rules.md#scenarios):
 * a value over the remaining races, built from the last race back and read again after every
 * race, when the list is one race shorter. Here the value is what one car can score at most
 * (the win, the pole and the fastest lap where a bonus counts), and every build is counted.
 */
function memo(limit = 1_000) {
  const built: Array<string> = []
  const most = new SuffixMemo<number>(
    0,
    (value, race, rules) => {
      built.push(`${race.prizes[0]}+${race.pole}+${race.fastestLap}`)
      const bonuses = rules.method === 'rank' ? 0 : race.pole + race.fastestLap
      return race.prizes[0] === 0 ? null : value + (race.prizes[0] ?? 0) + bonuses
    },
    // Each value weighs 2 against the limit; a value given up on, 1.
    () => 2,
    limit,
  )
  return { built, most }
}

const A = remainingRace()
const B = remainingRace({ prizes: [10, 6], pole: 0, fastestLap: 0 })
const rules = (remaining: ReadonlyArray<RemainingRace>, method: 'drivers' | 'rank' = 'drivers') =>
  scenarioRules(remaining, { method })

test('a list one race shorter is read, not built again; an empty list is the empty value', () => {
  const { built, most } = memo()
  expect(most.read(rules([A, B, A]))).toBe(28 + 10 + 28)
  expect(built).toEqual(['25+2+1', '10+0+0', '25+2+1'])
  // After the first race, [B, A]: read from the tree.
  expect(most.read(rules([B, A]))).toBe(38)
  expect(most.read(rules([A]))).toBe(28)
  expect(built).toHaveLength(3)
  expect(most.read(rules([]))).toBe(0)
  // A list that shares its end with one seen: only the race in front is built.
  expect(most.read(rules([B, B, A]))).toBe(48)
  expect(built).toEqual(['25+2+1', '10+0+0', '25+2+1', '10+0+0'])
})

test('what a race is worth is in the key: other points, another pole, teams by rank apart', () => {
  const { built, most } = memo()
  expect(most.read(rules([A]))).toBe(28)
  expect(most.read(rules([remainingRace({ pole: 3 })]))).toBe(29)
  expect(most.read(rules([remainingRace({ fastestLapMaxPosition: 10 })]))).toBe(28)
  expect(most.read(rules([remainingRace({ countsForCountback: false })]))).toBe(28)
  expect(built).toHaveLength(4)
  // Teams by rank take no bonus: the same race is worth the win alone.
  expect(most.read(rules([A], 'rank'))).toBe(25)
  expect(most.read(rules([A, A], 'rank'))).toBe(50)
  expect(most.read(rules([A, A]))).toBe(56)
})

test('a value given up on is null, and so is every longer list, without building it', () => {
  const { built, most } = memo()
  const none = remainingRace({ prizes: [0] })
  expect(most.read(rules([A, none]))).toBeNull()
  expect(built).toEqual(['0+2+1'])
  expect(most.read(rules([none]))).toBeNull()
  expect(most.read(rules([B, A, none]))).toBeNull()
  expect(built).toHaveLength(1)
})

test('past its limit the tree starts again: the next read builds anew, with the same answer', () => {
  const { built, most } = memo(4)
  expect(most.read(rules([A, B]))).toBe(38)
  expect(most.read(rules([B]))).toBe(10)
  expect(built).toHaveLength(2)
  // A third value (6 > 4) passes the limit: everything kept so far is dropped.
  expect(most.read(rules([A, A, B]))).toBe(66)
  expect(built).toHaveLength(3)
  expect(most.read(rules([B]))).toBe(10)
  expect(built).toHaveLength(4)
})

test('a value given up on weighs 1 against the limit', () => {
  const { built, most } = memo(2)
  const none = remainingRace({ prizes: [0] })
  // Two nulls weigh 2: kept.
  expect(most.read(rules([A, none]))).toBeNull()
  expect(most.read(rules([none]))).toBeNull()
  expect(built).toHaveLength(1)
  // A third passes the limit.
  expect(most.read(rules([B, A, none]))).toBeNull()
  expect(most.read(rules([none]))).toBeNull()
  expect(built).toHaveLength(2)
})
