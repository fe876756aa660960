import { expect, test } from 'vitest'
import { listRaces } from '../../../src/engine/scoring/calendar.ts'
import { forEachDriverResult } from '../../../src/engine/scoring/driver-races.ts'
import { eligibleDrivers } from '../../../src/engine/scoring/eligibility.ts'
import type { DriversChampionship } from '../../../src/engine/types.ts'
import { toScoredRace } from '../../../src/engine/scoring/scored-race.ts'
import { teamRacesOf } from '../../../src/engine/scoring/team-races.ts'
import { ccnaRule, finished, makeSeason, results } from '../../fixtures/build.ts'

const season = makeSeason()
const race = toScoredRace(
  listRaces(season)[0]!,
  ccnaRule,
  results('r01', [
    finished(1, { car: '1', drivers: ['d1', 'd5'] }),
    finished(2, { car: '2', driver: 'd2', class: 'am' }),
    finished(3, { car: '3', driver: 'd6' }),
  ]),
)

const resultsOf = (championship: DriversChampionship) => {
  const out: Array<[string, number]> = []
  forEachDriverResult(
    championship,
    race,
    eligibleDrivers(championship, season.drivers),
    (driver, scored) => out.push([driver, scored.points]),
  )
  return out
}

test('every driver of a car scores that car', () => {
  expect(resultsOf({ id: 'c', name: 'C', kind: 'drivers' })).toEqual([
    ['d1', 25],
    ['d5', 25],
    ['d2', 25],
    ['d6', 20],
  ])
})

test('classes limit the cars; tags limit the drivers, who keep their class points', () => {
  const pro = resultsOf({ id: 'c', name: 'C', kind: 'drivers', classes: ['pro'] })
  expect(pro.map(([driver]) => driver)).toEqual(['d1', 'd5', 'd6'])
  const junior = resultsOf({
    id: 'j',
    name: 'J',
    kind: 'drivers',
    classes: ['pro'],
    tags: ['junior'],
  })
  expect(junior).toEqual([['d1', 25]])
})

test('reading (b): fastestLapBy without shares: each driver scores the whole car, the fastest-lap bonus goes whole to its setter only; the team scores the car whole', () => {
  const shared = toScoredRace(
    listRaces(season)[0]!,
    ccnaRule,
    results('r01', [
      finished(1, {
        car: '1',
        drivers: ['d1', 'd5'],
        pole: true,
        fastestLap: true,
        fastestLapBy: 'd5',
      }),
    ]),
  )
  const out: Array<[string, number, number, boolean]> = []
  forEachDriverResult({ id: 'c', name: 'C', kind: 'drivers' }, shared, null, (driver, scored) =>
    out.push([driver, scored.points, scored.fastestLapPoints, scored.fastestLap]),
  )
  // 25 + pole 2 each; the fastest lap (1) is d5's alone.
  expect(out).toEqual([
    ['d1', 27, 0, false],
    ['d5', 28, 1, true],
  ])
  expect(teamRacesOf({ id: 't', name: 'T', kind: 'teams' }, shared)[0]?.points).toBe(28)
})

test("a shared car with shares and the pole: the pole bonus is split by share, as the car's other points are; the team scores it whole", () => {
  const shared = toScoredRace(
    listRaces(season)[0]!,
    ccnaRule,
    results('r01', [
      finished(1, { car: '1', drivers: ['d1', 'd5'], pole: true, shares: [0.5, 0.5] }),
    ]),
  )
  const out: Array<[string, number, number]> = []
  forEachDriverResult({ id: 'c', name: 'C', kind: 'drivers' }, shared, null, (driver, scored) =>
    out.push([driver, scored.points, scored.polePoints]),
  )
  // (25 + pole 2) × 0.5 each (docs/scoring-rules.md#drivers-championships).
  expect(out).toEqual([
    ['d1', 13.5, 1],
    ['d5', 13.5, 1],
  ])
  expect(teamRacesOf({ id: 't', name: 'T', kind: 'teams' }, shared)[0]?.points).toBe(27)
})

test('shares: each driver scores their share of every part of the car’s score — place, pole, fastest lap and penalty points; the team scores the car whole', () => {
  // 25 + pole 2 + fastest lap 1 − 4 penalty points = 24, shared 3 to 1.
  const shared = toScoredRace(
    listRaces(season)[0]!,
    ccnaRule,
    results('r01', [
      finished(1, {
        car: '1',
        drivers: ['d1', 'd5'],
        shares: [0.75, 0.25],
        pole: true,
        fastestLap: true,
        penaltyPoints: 4,
      }),
    ]),
  )
  const out: Array<[string, number, number, number, number, number, boolean]> = []
  forEachDriverResult({ id: 'c', name: 'C', kind: 'drivers' }, shared, null, (driver, scored) =>
    out.push([
      driver,
      scored.points,
      scored.positionPoints,
      scored.polePoints,
      scored.fastestLapPoints,
      scored.penaltyPoints,
      scored.fastestLap,
    ]),
  )
  expect(out).toEqual([
    ['d1', 18, 18.75, 1.5, 0.75, 3, true],
    ['d5', 6, 6.25, 0.5, 0.25, 1, true],
  ])
  expect(teamRacesOf({ id: 't', name: 'T', kind: 'teams' }, shared)[0]?.points).toBe(24)
})
