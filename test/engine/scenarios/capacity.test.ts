import { expect, test } from 'vitest'
import { capacityOf } from '../../../src/engine/scenarios/capacity.ts'
import { scenarioRules } from '../../fixtures/scenario-rules.ts'
import { remainingRace, F1_RACE } from '../../fixtures/remaining-race.ts'

/*
 * What the remaining races can hand a group of entries, by hand (docs/scoring-rules.md#scenarios):
 * the relaxation's capacity, and the least total one car can reach at or above a need.
 */
const rules = scenarioRules
const CCNA = remainingRace()

test('capacity: the top t places of every race with the pole and the fastest lap, per group', () => {
  // Carrera Cup races by class: one driver 25 + 2 + 1 a race, two 25 + 20 + 3.
  const two = capacityOf(rules([CCNA, CCNA]), 1, 2)
  expect(two.byClass).toBe(true)
  expect([two.points(1, 1), two.points(2, 1), two.points(3, 1)]).toEqual([56, 96, 130])
  // Grouped by class, a group is one class whatever it is asked.
  expect(two.points(2, 2)).toBe(96)
  // Places overall in one race: the whole race is one group. In the race by class, drivers of
  // one class share its ladder; of two, they take places of both: 25 + 25, two poles and two
  // fastest laps.
  const mixed = capacityOf(rules([CCNA, F1_RACE]), 1, 2)
  expect(mixed.byClass).toBe(false)
  const upTo3 = (classes: number) => [1, 2, 3].map((t) => mixed.points(t, classes))
  expect(upTo3(1)).toEqual([28 + 26, 48 + 44, 65 + 59])
  expect(upTo3(2)).toEqual([28 + 26, 56 + 44, 76 + 59])
  // A table that does not fall place by place (1 for the win, 10 for second): one driver can
  // take 10, two 11.
  const odd = capacityOf(rules([remainingRace({ prizes: [1, 10], pole: 0, fastestLap: 0 })]), 1, 1)
  expect([odd.points(1, 1), odd.points(2, 1)]).toEqual([10, 11])
  // Teams by rank take a place and no bonus: 25 a race for one team.
  expect(capacityOf(rules([CCNA, CCNA], { method: 'rank' }), 1, 2).points(1, 2)).toBe(50)
  // Teams adding up two cars each, in each of three classes apart: 3 × (25 + 20 + 3) a race.
  const sum = capacityOf(rules([CCNA], { method: 'sum' }), 2, 3)
  expect(sum.points(1, 1)).toBe(144)
  // Overall places: one ladder, a team's two cars 25 + 20 and the bonuses.
  expect(capacityOf(rules([F1_RACE], { method: 'sum' }), 2, 3).points(1, 1)).toBe(25 + 18 + 1)
})

test('the least total one car can reach at or above a need: results come in steps', () => {
  // One Carrera Cup race: 20 + 2 = 22, 20 + 2 + 1 = 23; 25 + 1 = 26; nothing above 28.
  const one = capacityOf(rules([CCNA]), 1, 2)
  expect(one.atLeast(22, false)).toBe(22)
  expect(one.atLeast(22, true)).toBe(23)
  expect(one.atLeast(24.5, false)).toBe(25)
  expect(one.atLeast(28, true)).toBe(28)
  // A need no result reaches stays the need: the relaxation then counts it as it is.
  expect(one.atLeast(40, false)).toBe(40)
  // Two races: 28 + 28 at most; 55 is 28 + 27 (25 + 2).
  expect(capacityOf(rules([CCNA, CCNA]), 1, 2).atLeast(54.5, false)).toBe(55)
  // Formula One: 1 for the fastest lap only in the top ten; 19 is 18 + 1.
  const f1 = capacityOf(rules([F1_RACE]), 1, 1)
  expect(f1.atLeast(16, false)).toBe(16)
  expect(f1.atLeast(16.5, false)).toBe(18)
  expect(f1.atLeast(18.5, false)).toBe(19)
  // Teams adding cars up: any total up to the capacity.
  expect(capacityOf(rules([CCNA], { method: 'sum' }), 2, 3).atLeast(22, true)).toBe(22)
})
