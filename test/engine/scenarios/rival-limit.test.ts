import { expect, test } from 'vitest'
import type { RaceOutcome } from '../../../src/engine/scenarios/race-outcomes.ts'
import type { RemainingRace } from '../../../src/engine/scenarios/remaining-races.ts'
import { rivalLimit } from '../../../src/engine/scenarios/rival-limit.ts'
import type { ScenarioRules } from '../../../src/engine/scenarios/scenario-rules.ts'
import { F1_RACE, remainingRace } from '../../fixtures/remaining-race.ts'

/*
 * One rival's limit by hand (docs/scoring-rules.md#permutations): the leader clinches over the
 * rival while the rival scores under a threshold. Carrera Cup points (25-20-17-…-1, 15 places;
 * 16 places told apart), with or without the pole (2) and the fastest lap (1); a Formula One
 * race (top ten, the fastest lap worth 1 in the top ten for classified cars only).
 */
const race = (over: Partial<RemainingRace> = {}) =>
  remainingRace({ pole: 0, fastestLap: 0, ...over })
const F1 = F1_RACE
const rules = { method: 'drivers' } as ScenarioRules
const leader = (place: number | null, points: number, pole = false): RaceOutcome => ({
  place,
  pole,
  fastestLap: false,
  points,
})
const under = (points: number) => (outcome: RaceOutcome) => outcome.points < points
const NONE = { pole: false, fastestLap: false }
const LAP = { pole: false, fastestLap: true }
const POLE = { pole: true, fastestLap: false }
const BOTH = { pole: true, fastestLap: true }

test('a rival that must not win: second or lower, 20 at most; 25 stops the clinch', () => {
  // The leader is fourth; the rival must score under 24.
  expect(rivalLimit(rules, race(), 16, leader(4, 14), true, under(24))).toEqual({
    kind: 'at-most',
    places: [{ set: NONE, from: 2, unplaced: true }],
    maxPoints: 20,
    minStopping: 25,
  })
})

test("the leader's own place is not the rival's to take: the next one down is", () => {
  // The leader is second (20) and the rival must score 20 or less: not first, and second is taken.
  expect(rivalLimit(rules, race(), 16, leader(2, 20), true, under(21))).toEqual({
    kind: 'at-most',
    places: [{ set: NONE, from: 3, unplaced: true }],
    maxPoints: 17,
    minStopping: 25,
  })
  // In another class the rival may be second too.
  expect(rivalLimit(rules, race(), 16, leader(2, 20), false, under(21))).toMatchObject({
    places: [{ set: NONE, from: 2, unplaced: true }],
    maxPoints: 20,
  })
})

test('a rival nothing stops: any result, its best as the most (second when the leader wins in its class)', () => {
  expect(rivalLimit(rules, race(), 16, leader(4, 14), false, () => true)).toEqual({
    kind: 'any',
    places: [{ set: NONE, from: 1, unplaced: true }],
    maxPoints: 25,
    minStopping: Infinity,
  })
  expect(rivalLimit(rules, race(), 16, leader(1, 25), true, () => true)).toEqual({
    kind: 'any',
    places: [{ set: NONE, from: 2, unplaced: true }],
    maxPoints: 20,
    minStopping: Infinity,
  })
})

test('a rival that stays in it even scoring nothing keeps the title open: alive', () => {
  expect(rivalLimit(rules, race(), 16, leader(16, 0), true, () => false)).toEqual({
    kind: 'alive',
    places: [{ set: NONE, from: null, unplaced: false }],
    maxPoints: -1,
    minStopping: 0,
  })
  // Only a finish outside the points or no finish at all lets the leader clinch.
  expect(rivalLimit(rules, race(), 16, leader(3, 17), true, under(1))).toEqual({
    kind: 'at-most',
    places: [{ set: NONE, from: 16, unplaced: true }],
    maxPoints: 0,
    minStopping: 1,
  })
})

test('bug: 1981 Caesars Palace — with the leader in the last place told apart ("7th or lower"), the rival had to go unclassified', () => {
  // The last place told apart stands for that place or lower: the leader and the rival can
  // both finish outside the points, so the rival may take it too (16th or lower here).
  expect(rivalLimit(rules, race(), 16, leader(16, 0), true, under(1))).toEqual({
    kind: 'at-most',
    places: [{ set: NONE, from: 16, unplaced: true }],
    maxPoints: 0,
    minStopping: 1,
  })
  // Any other place the leader takes is its own: the rival, allowed a point, goes one down.
  expect(rivalLimit(rules, race(), 16, leader(15, 1), true, under(2)).places).toEqual([
    { set: NONE, from: 16, unplaced: true },
  ])
})

test('with the pole and the fastest lap: each bonus set has its own best place', () => {
  // The leader (other class) clinches while the rival scores 25 or less: a plain win is fine,
  // a win with any bonus is not (26, 27, 28); second with both is 23.
  expect(
    rivalLimit(rules, race({ pole: 2, fastestLap: 1 }), 16, leader(1, 25), false, under(26)),
  ).toEqual({
    kind: 'at-most',
    places: [
      { set: NONE, from: 1, unplaced: true },
      { set: LAP, from: 2, unplaced: true },
      { set: POLE, from: 2, unplaced: true },
      { set: BOTH, from: 2, unplaced: true },
    ],
    maxPoints: 25,
    minStopping: 26,
  })
})

test('in the same class the leader with the pole leaves the rival no pole to take', () => {
  const limit = rivalLimit(
    rules,
    race({ pole: 2, fastestLap: 1 }),
    16,
    leader(1, 27, true),
    true,
    under(21),
  )
  expect(limit.places.map((p) => p.set)).toEqual([NONE, LAP])
  // Second is 20, second with the fastest lap 21: too much.
  expect(limit.places).toEqual([
    { set: NONE, from: 2, unplaced: true },
    { set: LAP, from: 3, unplaced: true },
  ])
  expect(limit.minStopping).toBe(21)
})

test('Formula One: the fastest lap scores only in the top ten, and never for a car not classified', () => {
  // The rival must score under 2: ninth (2) stops it, tenth with the fastest lap (2) too.
  const limit = rivalLimit(rules, F1, 11, leader(1, 25), true, under(2))
  expect(limit.places).toEqual([
    { set: NONE, from: 10, unplaced: true },
    { set: LAP, from: null, unplaced: false },
  ])
  expect(limit.kind).toBe('at-most')
  expect(limit.maxPoints).toBe(1)
  // The least that stops it: tenth with the fastest lap, or ninth, both 2.
  expect(limit.minStopping).toBe(2)
})

test('level on points, a rival classified anywhere wins the tie on countback: it must not be classified; with the pole unclassified or not', () => {
  // The pole (2) scores for a car not classified. The leader clinches while the rival goes
  // unclassified with at most `most` points: 2 allows the pole, 0 does not.
  const unclassified = (most: number) =>
    rivalLimit(
      rules,
      race({ pole: 2 }),
      16,
      leader(1, 25),
      false,
      (o) => o.place === null && o.points <= most,
    )
  expect(unclassified(2)).toEqual({
    kind: 'at-most',
    places: [
      { set: NONE, from: null, unplaced: true },
      { set: POLE, from: null, unplaced: true },
    ],
    maxPoints: 2,
    minStopping: 0,
  })
  expect(unclassified(0)).toEqual({
    kind: 'at-most',
    places: [
      { set: NONE, from: null, unplaced: true },
      { set: POLE, from: null, unplaced: false },
    ],
    maxPoints: 0,
    minStopping: 0,
  })
})

test("Formula One: the leader's place taken in the last place the fastest lap scores leaves the rival no place with it", () => {
  // The leader is tenth (1). The rival must score under 3: tenth with the fastest lap (2) would
  // do, but tenth is the leader's, and below the top ten the fastest lap scores nothing.
  const limit = rivalLimit(rules, F1, 11, leader(10, 1), true, under(3))
  expect(limit.places).toEqual([
    { set: NONE, from: 9, unplaced: true },
    { set: LAP, from: null, unplaced: false },
  ])
  expect(limit.maxPoints).toBe(2)
})
