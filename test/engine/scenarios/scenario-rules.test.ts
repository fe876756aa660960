import { expect, test } from 'vitest'
import type { Contender, ScenarioRules } from '../../../src/engine/scenarios/scenario-rules.ts'
import { remainingRace } from '../../fixtures/remaining-race.ts'
import {
  bestResult,
  classesOf,
  groupIn,
  isAhead,
  mustOutscore,
  takesBonuses,
  WHOLE,
  wholeRace,
} from '../../../src/engine/scenarios/scenario-rules.ts'

// Hand-made rules and races (docs/scoring-rules.md#scenarios): Carrera Cup points by class
// position, pole 2 and fastest lap 1.
const race = remainingRace
const rules = (over: Partial<ScenarioRules> = {}): ScenarioRules => ({
  method: 'drivers',
  carsPerRace: null,
  parts: [],
  droppableIn: [],
  dropsAtEnd: false,
  countback: Infinity,
  remaining: [race()],
  classes: ['pro', 'am'],
  ...over,
})

test('ahead: more points, or level and ahead on countback where it is used; level on everything is not', () => {
  const wins2 = { points: 50, places: [0, 2] }
  const seconds2 = { points: 50, places: [0, 0, 2] }
  expect(isAhead({ points: 51, places: [] }, wins2, Infinity)).toBe(true)
  expect(isAhead({ points: 49, places: [0, 9] }, wins2, Infinity)).toBe(false)
  expect(isAhead(wins2, seconds2, Infinity)).toBe(true)
  expect(isAhead(seconds2, wins2, Infinity)).toBe(false)
  expect(isAhead(wins2, seconds2, 0)).toBe(false)
  expect(isAhead(wins2, { ...wins2 }, Infinity)).toBe(false)
  // Countback to the first place only: a second place does not count.
  expect(isAhead({ points: 50, places: [0, 1, 1] }, { points: 50, places: [0, 1] }, 1)).toBe(false)
  expect(isAhead({ points: 50, places: [0, 1, 1] }, { points: 50, places: [0, 1] }, 2)).toBe(true)
})

test('must outscore: level on points is enough only when the best record still to make beats the target on countback', () => {
  const target = { points: 60, places: [0, 2] }
  const entry = (places: ReadonlyArray<number>) =>
    ({ max: { points: 80, places }, min: { points: 40, places: [] } }) as unknown as Contender
  expect(mustOutscore(entry([0, 3]), target, Infinity)).toBe(false)
  expect(mustOutscore(entry([0, 2]), target, Infinity)).toBe(true)
  expect(mustOutscore(entry([0, 3]), target, 0)).toBe(true)
})

test('classes: a car its own, a newcomer the table’s class (the first counted one for a table of all), nobody none', () => {
  expect(classesOf({ kind: 'cars', classes: ['am', 'pro'] }, rules(), 'pro')).toEqual(['am', 'pro'])
  expect(classesOf({ kind: 'free' }, rules(), 'am')).toEqual(['am'])
  expect(classesOf({ kind: 'free' }, rules(), WHOLE)).toEqual(['pro'])
  expect(classesOf({ kind: 'free' }, rules({ classes: [] }), WHOLE)).toEqual([''])
  expect(classesOf({ kind: 'none' }, rules(), 'pro')).toEqual([])
})

test('one ladder of places: overall races, and teams ranked by their best car; bonuses for all but ranked teams', () => {
  expect(wholeRace(rules(), race())).toBe(false)
  expect(wholeRace(rules(), race({ awardBy: 'overall' }))).toBe(true)
  expect(wholeRace(rules({ method: 'rank' }), race())).toBe(true)
  expect(groupIn(rules(), race(), 'am')).toBe('am')
  expect(groupIn(rules(), race({ awardBy: 'overall' }), 'am')).toBe(WHOLE)
  expect(takesBonuses(rules())).toBe(true)
  expect(takesBonuses(rules({ method: 'sum' }))).toBe(true)
  expect(takesBonuses(rules({ method: 'rank' }))).toBe(false)
})

test('the best of one race: a driver wins with pole and fastest lap (28), a ranked team just wins, a team adds its best cars', () => {
  const car = { kind: 'cars', classes: ['pro'] } as const
  expect(bestResult(rules(), race(), car)).toEqual({ points: 28, places: [1] })
  expect(bestResult(rules(), race({ countsForCountback: false }), car)).toEqual({
    points: 28,
    places: [],
  })
  expect(bestResult(rules(), race(), { kind: 'none' })).toEqual({ points: 0, places: [] })
  expect(bestResult(rules({ method: 'rank' }), race(), car)).toEqual({ points: 25, places: [1] })
  // Fastest lap only for the top 10: still the winner's.
  expect(bestResult(rules(), race({ fastestLapMaxPosition: 10 }), car).points).toBe(28)
  const team = { kind: 'cars', classes: ['pro', 'pro', 'am'] } as const
  const sum = rules({ method: 'sum' })
  // Pro 1st (28) and 2nd (20), Am 1st (28): 76; the best two count with carsPerRace 2: 56.
  expect(bestResult(sum, race(), team)).toEqual({ points: 76, places: [1, 2, 1] })
  expect(bestResult({ ...sum, carsPerRace: 2 }, race(), team).points).toBe(56)
  // Overall places: 1st, 2nd and 3rd of one ladder, the bonuses on the winner: 28 + 20 + 17.
  expect(bestResult(sum, race({ awardBy: 'overall' }), team)).toEqual({
    points: 65,
    places: [1, 2, 3],
  })
  // A team of one car, and a team yet to race (one car anywhere), take what a driver takes.
  expect(bestResult(sum, race(), { kind: 'cars', classes: ['am'] }).points).toBe(28)
  expect(bestResult(sum, race(), { kind: 'free' }).points).toBe(28)
})
