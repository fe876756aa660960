import { expect, test } from 'vitest'
import { standingsAt } from '../../src/engine/scoring/standings.ts'
import { allClassesAt } from '../../src/model/all-classes.ts'
import { computeSeasonStandings } from '../../src/engine/scoring/season-standings.ts'
import { filesOf, finished, makeSeason, order, results, rounds } from '../fixtures/build.ts'
import { championship, shippedSeason } from '../fixtures/shipped-season.ts'

const ccna2023 = await shippedSeason('ccna/2023')

test('every driver of the three 2023 classes, by points, each with its class position', () => {
  const classes = ['pro', 'pro-am', 'am'].map((id) => championship(ccna2023, id))
  const rows = allClassesAt(classes, 15)
  expect(rows).toHaveLength(classes.reduce((sum, c) => sum + c.entries.length, 0))
  // The final totals are reconstructed (not published), so the test pins what holds whatever
  // they are: by points, most first, and each row exactly its class table's row.
  const points = rows.map(({ row }) => row.points)
  expect(points).toEqual(points.toSorted((a, b) => b - a))
  for (const { row, classId, championshipId, classLeader } of rows) {
    const own = standingsAt(championship(ccna2023, championshipId), 15)
    expect(own.find((r) => r.id === row.id)).toEqual(row)
    expect(classId).toBe(championshipId)
    expect(classLeader).toBe(own[0]?.id === row.id)
  }
  // Published: the three class champions, each first in its class.
  const of = (id: string) => rows.find(({ row }) => row.id === id)
  expect(
    ['riley-dickinson', 'efrin-castro', 'mark-kvamme'].map((id) => [
      of(id)?.classId,
      of(id)?.row.position,
      of(id)?.classLeader,
    ]),
  ).toEqual([
    ['pro', 1, true],
    ['pro-am', 1, true],
    ['am', 1, true],
  ])
  // In-class gap: Noble's is to Kvamme, the Am leader.
  const noble = of('scott-noble')!.row
  expect(noble.gapToLeader).toBeGreaterThan(0)
  expect(noble.gapToLeader).toBe(of('mark-kvamme')!.row.points - noble.points)
})

test('level on points: the class listed first, then each class’s own order (countback, never the order of ids)', () => {
  const season = makeSeason({ rounds: rounds(2) })
  const files = filesOf(
    results('r01', [
      ...order(['2', '1']),
      finished(3, { car: '9', class: 'pro-am' }),
      finished(4, { car: '8', class: 'pro-am' }),
    ]),
    results('r02', [
      ...order(['1', '2']),
      finished(3, { car: '8', class: 'pro-am' }),
      finished(4, { car: '9', class: 'pro-am' }),
    ]),
  )
  const progressions = computeSeasonStandings(season, files).championships
  const pick = (id: string) => progressions.find((p) => p.championship.id === id)!
  const rows = allClassesAt([pick('pro'), pick('pro-am')], 1)
  // All four on 45; in each class the winner of the latest race ahead on countback.
  expect(rows.map(({ row }) => [row.id, row.points])).toEqual([
    ...standingsAt(pick('pro'), 1).map((row) => [row.id, 45]),
    ...standingsAt(pick('pro-am'), 1).map((row) => [row.id, 45]),
  ])
  expect(rows.map(({ classId }) => classId)).toEqual(['pro', 'pro', 'pro-am', 'pro-am'])
})

test('a championship without classes has no class id', () => {
  const teams = allClassesAt([championship(ccna2023, 'teams')], 0)
  expect(new Set(teams.map(({ classId }) => classId))).toEqual(new Set(['']))
})
