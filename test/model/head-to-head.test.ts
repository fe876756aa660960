import { expect, test } from 'vitest'
import { compareEntries } from '../../src/model/head-to-head.ts'
import { pair } from '../fixtures/picks.ts'
import { buildSeasonModel } from '../../src/model/season-model.ts'
import { filesOf, finished, makeSeason, order, out, results, rounds } from '../fixtures/build.ts'
import { championship, shippedSeason, stepAfter } from '../fixtures/shipped-season.ts'

const ccna2023 = await shippedSeason('ccna/2023')
const f1 = await shippedSeason('f1/2016')

test('published: after race 4 of 2023 Dickinson led Sargent by 18 (101 to 83)', () => {
  const h2h = compareEntries(
    ...pair(championship(ccna2023, 'pro'), 'riley-dickinson', 'tom-sargent'),
    stepAfter(ccna2023, 'r04'),
  )!
  expect([h2h.a.points, h2h.b.points]).toEqual([101, 83])
  expect(h2h.races.map((race) => race.gapAfter)).toEqual([8, 16, 24, 18])
})

test('official: Rosberg and Hamilton 2016, five points apart; who finished ahead on the road', () => {
  const drivers = championship(f1, 'drivers')
  const h2h = compareEntries(
    ...pair(drivers, 'nico-rosberg', 'lewis-hamilton'),
    drivers.steps.length - 1,
  )!
  expect(h2h.races.at(-1)?.gapAfter).toBe(5)
  expect([h2h.a.stats.wins, h2h.b.stats.wins]).toEqual([9, 10])
  // Spain 2016: both out on lap 1, so neither finished ahead.
  expect(h2h.races[4]?.ahead).toBeNull()
  expect(h2h.aheadCount.a + h2h.aheadCount.b).toBe(20)
})

test('an id not in the championship gives no comparison', () => {
  expect(
    compareEntries(...pair(championship(ccna2023, 'pro'), 'riley-dickinson', 'nobody'), 3),
  ).toBeNull()
})

test('on the road: a car that did not start, or whose points an official sheet gave, finished ahead of no one', () => {
  const season = makeSeason({ rounds: rounds(4) })
  const files = filesOf(
    results('r01', order(['1', '2', '3'])),
    results('r02', [
      finished(1, { car: '2' }),
      finished(2, { car: '3' }),
      out('dns', { car: '1' }),
    ]),
    // d1's place on the scale is 2nd, given by the sheet: not a place on the road.
    results('r03', [
      finished(1, { car: '2' }),
      { ...finished(2, { car: '1' }), given: { race: 20 } },
    ]),
    results('r04', [
      finished(1, { car: '4' }),
      finished(2, { car: '1' }),
      out('dnf', { car: '2' }),
    ]),
  )
  const pro = buildSeasonModel({ season, files }).championship('pro')!.progression
  const h2h = compareEntries(...pair(pro, 'd1', 'd2'), 3)!
  expect(h2h.races.map((race) => race.ahead)).toEqual(['a', null, null, 'a'])
  expect(h2h.aheadCount).toEqual({ a: 2, b: 0 })
  expect(h2h.races.map((race) => race.gapAfter)).toEqual([5, -20, -25, -5])
  // d4 first raced in race 4: no gap and no one ahead before.
  const late = compareEntries(...pair(pro, 'd4', 'd1'), 3)!
  expect(late.races.map((race) => [race.a === null, race.ahead, race.gapAfter])).toEqual([
    [true, null, null],
    [true, null, null],
    [true, null, null],
    [false, 'a', -40],
  ])
})

test('either way round: Sargent against Dickinson after race 4 of 2023 is 18 behind', () => {
  const h2h = compareEntries(
    ...pair(championship(ccna2023, 'pro'), 'tom-sargent', 'riley-dickinson'),
    stepAfter(ccna2023, 'r04'),
  )!
  expect([h2h.a.name, h2h.b.name]).toEqual(['Tom Sargent', 'Riley Dickinson'])
  expect(h2h.races.map((race) => race.gapAfter)).toEqual([-8, -16, -24, -18])
})

test('teams on the road by their best car: Kellymoss ahead of McElrea Racing in race 1 of 2023', () => {
  const h2h = compareEntries(
    ...pair(championship(ccna2023, 'teams'), 'kellymoss', 'mcelrea-racing'),
    0,
  )!
  expect(h2h.races.map((race) => [race.ahead, race.gapAfter])).toEqual([['a', 5]])
})
