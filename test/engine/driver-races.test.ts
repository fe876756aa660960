import { expect, test } from 'vitest'
import { listRaces } from '../../src/engine/calendar.ts'
import { driverRacesOf } from '../../src/engine/driver-races.ts'
import { toScoredRace } from '../../src/engine/scored-race.ts'
import { ccnaRule, finished, makeSeason, results } from '../fixtures/build.ts'

const season = makeSeason()
const drivers = new Map(season.drivers.map((d) => [d.id, d]))
const race = toScoredRace(
  listRaces(season)[0]!,
  ccnaRule,
  results('r01', [
    finished(1, { car: '1', drivers: ['d1', 'd5'] }),
    finished(2, { car: '2', driver: 'd2', class: 'am' }),
    finished(3, { car: '3', driver: 'd6' }),
  ]),
)

test('every driver of a car scores that car', () => {
  const got = driverRacesOf({ id: 'c', name: 'C', kind: 'drivers' }, race, drivers)
  expect(got.map((r) => [r.entry, r.points])).toEqual([
    ['d1', 25],
    ['d5', 25],
    ['d2', 25],
    ['d6', 20],
  ])
})

test('classes limit the cars; tags limit the drivers, who keep their class points', () => {
  const pro = driverRacesOf(
    { id: 'c', name: 'C', kind: 'drivers', classes: ['pro'] },
    race,
    drivers,
  )
  expect(pro.map((r) => r.entry)).toEqual(['d1', 'd5', 'd6'])
  const junior = driverRacesOf(
    { id: 'j', name: 'J', kind: 'drivers', classes: ['pro'], tags: ['junior'] },
    race,
    drivers,
  )
  expect(junior.map((r) => [r.entry, r.points])).toEqual([['d1', 25]])
})
