import { expect, test } from 'vitest'
import { buildSeasonModel } from '../../src/model/season-model.ts'
import { whatIfPlan } from '../../src/model/what-if-plan.ts'
import { filesOf, finished, makeSeason, order, out, results, rounds } from '../fixtures/build.ts'

/*
 * What the what-if editor offers (docs/dashboard.md#what-if): the races that can be imagined (at
 * most four), the championship's entries in standings order with the car each last raced, and
 * the running order of a live race to start from.
 */
const season = makeSeason({ rounds: rounds(6) })
const r01 = results('r01', order(['1', '2', '3']))
const r02 = results('r02', [
  finished(1, { car: '7', driver: 'd2' }),
  finished(2, { car: '3' }),
  finished(3, { car: '1' }),
])
const racesOf = (plan: ReturnType<typeof whatIfPlan>) =>
  plan?.races.map((race) => race.race.id) ?? null

test('the races without a result, four at most, and the entries in standings order with their car', () => {
  const model = buildSeasonModel({ season, files: filesOf(r01, r02) })
  const plan = whatIfPlan(model, 'pro', 1)
  expect(racesOf(plan)).toEqual(['r03', 'r04', 'r05', 'r06'])
  // d2 45 (car 7 in its latest race), d1 42, d3 37.
  expect(plan?.entries).toEqual([
    { id: 'd2', name: 'Driver 02', car: '7' },
    { id: 'd1', name: 'Driver 01', car: '1' },
    { id: 'd3', name: 'Driver 03', car: '3' },
  ])
  expect(plan?.runningOrders.size).toBe(0)
})

test('at most four races are offered', () => {
  const model = buildSeasonModel({ season, files: filesOf(r01) })
  expect(racesOf(whatIfPlan(model, 'pro', 0))).toEqual(['r02', 'r03', 'r04', 'r05'])
})

test('a live race can be imagined, starting from its running order of the championship’s own cars', () => {
  const live = results(
    'r02',
    [
      finished(1, { car: '3' }),
      finished(2, { car: '8', class: 'am' }),
      finished(3, { car: '1' }),
      out('dnf', { car: '2' }),
    ],
    'live',
  )
  const model = buildSeasonModel({ season, files: filesOf(r01, live) })
  const plan = whatIfPlan(model, 'pro', 1)
  expect(racesOf(plan)).toEqual(['r02', 'r03', 'r04', 'r05'])
  // The Am car is another championship's; a car out of the race has no place in the order.
  expect(Object.fromEntries(plan?.runningOrders ?? [])).toEqual({ r02: ['d3', 'd1'] })
})

test('an imagined race stays open to imagine again', () => {
  const imagined = [
    { by: 'entry' as const, race: 'r02', order: ['d3', 'd1'], pole: null, fastestLap: null },
  ]
  const model = buildSeasonModel(
    { season, files: filesOf(r01, r02), imagined },
    (_season, files, races) => ({
      races: ['r02'],
      files: new Map([...files].filter(([id]) => id === 'r01')),
      unknown: [],
      byEntry: races,
    }),
  )
  expect(racesOf(whatIfPlan(model, 'pro', 0))?.[0]).toBe('r02')
})

test('a finished season offers the races after the step shown', () => {
  const full = makeSeason({ rounds: rounds(3) })
  const files = filesOf(r01, results('r02', order(['2', '1'])), results('r03', order(['3'])))
  const model = buildSeasonModel({ season: full, files })
  expect(racesOf(whatIfPlan(model, 'pro', 0))).toEqual(['r02', 'r03'])
  expect(racesOf(whatIfPlan(model, 'pro', 1))).toEqual(['r03'])
  expect(racesOf(whatIfPlan(model, 'pro', 2))).toEqual([])
})

test('only the races the championship counts', () => {
  const partial = makeSeason({
    rounds: rounds(4),
    championships: [{ id: 'pro', name: 'Pro', kind: 'drivers', races: ['r01', 'r02', 'r04'] }],
  })
  const model = buildSeasonModel({ season: partial, files: filesOf(r01) })
  expect(racesOf(whatIfPlan(model, 'pro', 0))).toEqual(['r02', 'r04'])
})

test('no plan for a teams championship or one the season does not have', () => {
  const model = buildSeasonModel({ season, files: filesOf(r01) })
  expect(whatIfPlan(model, 'teams', 0)).toBeNull()
  expect(whatIfPlan(model, 'nobody', 0)).toBeNull()
})
