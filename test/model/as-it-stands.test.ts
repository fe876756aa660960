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

test('only a live file with a running order is projected, as provisional; the others are passed on as they are', () => {
  const official = results('r01', order(['1', '2']))
  const live = results('r02', order(['2', '1']), 'live')
  const files = filesOf(official, live)
  const projected = asItStands(season, files)!
  expect(projected.liveRaces).toEqual(['r02'])
  const r02 = projected.files.get('r02')
  expect(r02?.kind === 'results' && r02.results.status).toBe('provisional')
  expect(projected.files.get('r01')).toBe(files.get('r01'))
  expect(asItStands(season, filesOf(official))).toBeNull()
})
