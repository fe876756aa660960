import { expect, test } from 'vitest'
import { listRaces } from '../../src/engine/calendar.ts'
import { forEachDriverResult } from '../../src/engine/driver-races.ts'
import { eligibleDrivers } from '../../src/engine/eligibility.ts'
import type { DriversChampionship } from '../../src/engine/types.ts'
import { toScoredRace } from '../../src/engine/scored-race.ts'
import { ccnaRule, finished, makeSeason, results } from '../fixtures/build.ts'

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
