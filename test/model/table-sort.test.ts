import { expect, test } from 'vitest'
import { standingsAt } from '../../src/engine/scoring/standings.ts'
import { nextSort, sortRows } from '../../src/model/table-sort.ts'
import { championship, shippedSeason } from '../fixtures/shipped-season.ts'

const ccna2024 = await shippedSeason('ccna/2024')

test('by wins, most first; equal counts keep the championship order (Bellomo before Halcome, both 5)', () => {
  const rows = standingsAt(championship(ccna2024, 'masters'), ccna2024.scored.length - 1)
  const byWins = sortRows(rows, (row) => row, { key: 'wins', ascending: false })
  expect(byWins.slice(0, 2).map(({ row }) => [row.name, row.stats.wins])).toEqual([
    ['Chris Bellomo', 5],
    ['Matt Halcome', 5],
  ])
  // Reversed, ties still keep the championship order.
  const fewest = sortRows(rows, (row) => row, { key: 'wins', ascending: true })
  const fives = fewest.filter(({ row }) => row.stats.wins === 5).map(({ row }) => row.name)
  expect(fives).toEqual(['Chris Bellomo', 'Matt Halcome'])
  // Each row keeps its place in the championship order.
  expect(byWins[1]?.rank).toBe(1)
})

test('a header click: a new column in its natural direction, the same column reversed', () => {
  expect(nextSort({ key: 'pos', ascending: true }, 'wins')).toEqual({
    key: 'wins',
    ascending: false,
  })
  expect(nextSort({ key: 'wins', ascending: false }, 'wins')).toEqual({
    key: 'wins',
    ascending: true,
  })
  expect(nextSort({ key: 'wins', ascending: false }, 'name')).toEqual({
    key: 'name',
    ascending: true,
  })
})
