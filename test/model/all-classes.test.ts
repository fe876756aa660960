import { expect, test } from 'vitest'
import { allClassesAt } from '../../src/model/all-classes.ts'
import { championship, shippedSeason } from '../fixtures/shipped-season.ts'

const ccna2023 = await shippedSeason('ccna/2023')

test('every driver of the three 2023 classes, by points, each with its class position', () => {
  const classes = ['pro', 'pro-am', 'am'].map((id) => championship(ccna2023, id))
  const rows = allClassesAt(classes, 15)
  expect(rows).toHaveLength(classes.reduce((sum, c) => sum + c.entries.length, 0))
  expect(
    rows.slice(0, 4).map(({ row, classId }) => [row.name, classId, row.position, row.points]),
  ).toEqual([
    ['Riley Dickinson', 'pro', 1, 402],
    ['Efrin Castro', 'pro-am', 1, 344],
    ['Mark Kvamme', 'am', 1, 327],
    ['Scott Noble', 'am', 2, 321],
  ])
  expect(rows.find(({ row }) => row.id === 'scott-noble')?.row.gapToLeader).toBe(6)
})
