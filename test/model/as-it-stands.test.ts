import { expect, test } from 'vitest'
import { asItStands } from '../../src/model/as-it-stands.ts'
import { tableOf, filesOf, makeSeason, order, pointsTable, results } from '../fixtures/build.ts'

const season = makeSeason()

test('a live running order is scored as if the race ended now, and only then', () => {
  const files = filesOf(
    results('r01', order(['1', '2'])),
    results('r02', order(['2', '1']), 'live'),
  )
  const live = asItStands(season, files)
  expect(live?.liveRaces).toEqual(['r02'])
  expect(pointsTable(tableOf(live!.standings, 'pro'))).toEqual([
    ['d1', 45],
    ['d2', 45],
  ])
  expect(asItStands(season, filesOf(results('r01', order(['1', '2']))))).toBeNull()
})

test('a live file with no running order yet projects nothing', () => {
  expect(asItStands(season, filesOf(results('r01', [], 'live')))).toBeNull()
})
