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
