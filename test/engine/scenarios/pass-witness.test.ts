import { expect, test } from 'vitest'
import { scenarioRules } from '../../fixtures/scenario-rules.ts'
import { passWitness } from '../../../src/engine/scenarios/pass-witness.ts'
import type { RemainingRace } from '../../../src/engine/scenarios/remaining-races.ts'
import type { Contender, ScenarioRules } from '../../../src/engine/scenarios/scenario-rules.ts'
import { remainingRace } from '../../fixtures/remaining-race.ts'

/*
 * The witness for teams adding their cars up (docs/scoring-rules.md#scenarios): a plan of who
 * takes which place, the pole and the fastest lap, then exchanges of places while one helps.
 * Two teams of two Pro cars each, one Carrera Cup race (25-20-17-14…, pole 2, fastest lap 1):
 * 79 points for the four cars between them.
 */
const rules = (remaining: ReadonlyArray<RemainingRace>, over: Partial<ScenarioRules> = {}) =>
  scenarioRules(remaining, { method: 'sum', ...over })
const team = (points: number, classes: ReadonlyArray<string> = ['pro', 'pro']): Contender => ({
  tally: {
    id: `t${points}`,
    name: '',
    entry: 0,
    total: points,
    toCome: 0,
    lowest: [],
    places: [],
    field: { kind: 'cars', classes },
  },
  min: { points, places: [] },
  max: { points, places: [] },
})
const at = (points: number) => ({ points, places: [] })
const ONE = rules([remainingRace()])

test('both teams pass when the places are shared right: 25 + 17 and 20 + 14 with both bonuses', () => {
  // Against 51: the team on 10 needs 42, the team on 15 needs 37; 42 + 37 = 79, every point.
  // The first plan gives the team furthest short both top places (45) and leaves the other 34;
  // exchanging its second car's place with the other team's first mends it.
  expect(passWitness([team(10), team(15)], at(51), ONE, 'pro', 16)).toBe(2)
  // Without an exchange to try the plan stands: one team passes.
  expect(passWitness([team(10), team(15)], at(51), ONE, 'pro', 0)).toBe(1)
})

test('needs past what the race hands out: one team passes at most', () => {
  // Against 52: 43 + 38 = 81 > 79.
  expect(passWitness([team(10), team(15)], at(52), ONE, 'pro', 16)).toBe(1)
  // Far out of reach: none.
  expect(passWitness([team(10), team(15)], at(100), ONE, 'pro', 16)).toBe(0)
})

test('cars in two classes each take the top of their own class', () => {
  // One car in Pro and one in Am each: both cars of a team can win their class (25 + 25 + 6).
  expect(passWitness([team(0, ['pro', 'am'])], at(55), ONE, 'pro', 16)).toBe(1)
  expect(passWitness([team(0, ['pro', 'am'])], at(56), ONE, 'pro', 16)).toBe(0)
})

test('a team counting one car a race: its second car takes no place another team needs, and no bonus', () => {
  // Best car only (the 1958–78 constructors): against 29, the team on 3 needs 27 (the win and
  // the pole), the team on 10 needs 20 (second). Both cars of the team furthest short used to
  // take the top two places, and the pole went to its second car, where it counts for nothing.
  const oneCar = rules([remainingRace()], { carsPerRace: 1 })
  expect(passWitness([team(3), team(10)], at(29), oneCar, 'pro', 16)).toBe(2)
  // One point more for the team on 3 to find: 28 is past the win and the pole (27).
  expect(passWitness([team(3), team(10)], at(30), oneCar, 'pro', 16)).toBe(1)
  // Counting both cars, the same two teams pass 29 too (25 + 20 + 3 and 17 + 14).
  expect(passWitness([team(3), team(10)], at(29), ONE, 'pro', 16)).toBe(2)
})

test('a team of three counting its best two, and countback on the places its cars take', () => {
  // Three Pro cars, the best two count: 25 + 20 with both bonuses, 48, the third car's 17 not.
  const three = team(0, ['pro', 'pro', 'pro'])
  const bestTwo = rules([remainingRace()], { carsPerRace: 2 })
  expect(passWitness([three], at(47), bestTwo, 'pro', 16)).toBe(1)
  expect(passWitness([three], at(48), bestTwo, 'pro', 16)).toBe(0)
  // Level on 48 with a target that never finished in the top places: a first and a second
  // place win it on countback, where countback counts and the race's places count for it.
  const level = { points: 48, places: [] }
  expect(
    passWitness([team(0)], level, rules([remainingRace()], { countback: Infinity }), 'pro', 16),
  ).toBe(1)
  expect(passWitness([team(0)], level, ONE, 'pro', 16)).toBe(0)
  const notCounted = remainingRace({ countsForCountback: false })
  expect(
    passWitness([team(0)], level, rules([notCounted], { countback: Infinity }), 'pro', 16),
  ).toBe(0)
})

test('a team out of reach takes what is left, after those still in reach', () => {
  // One car each, against 32: the team on 0 needs 33, past the 28 a race gives; the team on 5
  // needs 28, the win with both bonuses. Planned by gap alone, the team out of reach would take
  // the win and the pole, and neither would pass.
  const one = (points: number) => team(points, ['pro'])
  expect(passWitness([one(0), one(5)], at(32), ONE, 'pro', 16)).toBe(1)
  // A team already ahead takes what is left too: the team on 40 gives way.
  expect(passWitness([one(40), one(5)], at(32), ONE, 'pro', 0)).toBe(2)
})
