import { expect, test } from 'vitest'
import { standingsAt } from '../../src/engine/scoring/standings.ts'
import { allClassesAt } from '../../src/model/all-classes.ts'
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
