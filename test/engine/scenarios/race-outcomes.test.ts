import { expect, test } from 'vitest'
import {
  bonusSets,
  bonusesScoreAt,
  outcomePoints,
  placesToTell,
  raceOutcomes,
  scoringPlaces,
} from '../../../src/engine/scenarios/race-outcomes.ts'
import type { ScenarioRules } from '../../../src/engine/scenarios/scenario-rules.ts'
import { remainingRace } from '../../fixtures/remaining-race.ts'

// The results one car can take in a race, by hand (docs/scoring-rules.md#permutations).
const race = remainingRace
const drivers = { method: 'drivers' } as ScenarioRules
const ranked = { method: 'rank' } as ScenarioRules
const NONE = { pole: false, fastestLap: false }
const LAP = { pole: false, fastestLap: true }
const POLE = { pole: true, fastestLap: false }
const BOTH = { pole: true, fastestLap: true }

test('bonus sets: the four where both bonuses score, fewer where one is worth nothing, none for ranked teams', () => {
  expect(bonusSets(drivers, race())).toEqual([NONE, LAP, POLE, BOTH])
  expect(bonusSets(drivers, race({ pole: 0 }))).toEqual([NONE, LAP])
  expect(bonusSets(drivers, race({ fastestLap: 0 }))).toEqual([NONE, POLE])
  expect(bonusSets(drivers, race({ pole: 0, fastestLap: 0 }))).toEqual([NONE])
  expect(bonusSets(ranked, race())).toEqual([NONE])
})

test('where bonuses score: the fastest lap only down to its place, nothing unclassified where the rule asks for a finish', () => {
  const f1 = race({ fastestLapMaxPosition: 10, requireClassified: true })
  expect(bonusesScoreAt(f1, NONE, null)).toBe(true)
  expect(bonusesScoreAt(f1, LAP, 10)).toBe(true)
  expect(bonusesScoreAt(f1, LAP, 11)).toBe(false)
  expect(bonusesScoreAt(f1, LAP, null)).toBe(false)
  expect(bonusesScoreAt(f1, POLE, 20)).toBe(true)
  expect(bonusesScoreAt(f1, POLE, null)).toBe(false)
  // The Carrera Cup: the pole and the fastest lap score unclassified too.
  expect(bonusesScoreAt(race(), BOTH, null)).toBe(true)
  expect(bonusesScoreAt(race(), LAP, 40)).toBe(true)
})

test('points of a result: the place and its bonuses; the fastest lap outside its places is worth nothing', () => {
  expect(outcomePoints(race(), BOTH, 1)).toBe(28)
  expect(outcomePoints(race(), POLE, 3)).toBe(19)
  expect(outcomePoints(race(), LAP, 16)).toBe(1)
  expect(outcomePoints(race(), POLE, null)).toBe(2)
  expect(outcomePoints(race({ fastestLapMaxPosition: 10 }), LAP, 11)).toBe(5)
  expect(outcomePoints(race(), NONE, null)).toBe(0)
})

test('places told apart: every scoring place and the first without points, deeper only for countback', () => {
  expect(scoringPlaces(race())).toBe(15)
  expect(scoringPlaces(race({ prizes: [9, 6, 4, 3, 2, 1, 0, 0] }))).toBe(6)
  expect(scoringPlaces(race({ prizes: [] }))).toBe(0)
  expect(placesToTell(race(), 0, 40)).toBe(16)
  expect(placesToTell(race(), Infinity, 40)).toBe(40)
  expect(placesToTell(race(), Infinity, 12)).toBe(16)
  expect(placesToTell(race(), 6, 40)).toBe(16)
  expect(placesToTell(race({ countsForCountback: false }), Infinity, 40)).toBe(16)
  expect(placesToTell(race({ prizes: [8, 6, 4, 3, 2] }), 10, 30)).toBe(10)
})

test('every outcome: each place with each bonus set that scores there, then unclassified', () => {
  const f1 = race({
    prizes: [25, 18, 15],
    pole: 0,
    fastestLapMaxPosition: 2,
    requireClassified: true,
  })
  expect(raceOutcomes(drivers, f1, 3)).toEqual([
    { place: 1, ...NONE, points: 25 },
    { place: 1, ...LAP, points: 26 },
    { place: 2, ...NONE, points: 18 },
    { place: 2, ...LAP, points: 19 },
    { place: 3, ...NONE, points: 15 },
    { place: null, ...NONE, points: 0 },
  ])
  expect(raceOutcomes(ranked, race(), 2)).toEqual([
    { place: 1, ...NONE, points: 25 },
    { place: 2, ...NONE, points: 20 },
    { place: null, ...NONE, points: 0 },
  ])
})
