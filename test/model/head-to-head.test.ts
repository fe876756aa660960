import { expect, test } from 'vitest'
import { compareEntries } from '../../src/model/head-to-head.ts'
import { pair } from '../fixtures/picks.ts'
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
