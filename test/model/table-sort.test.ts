import { expect, test } from 'vitest'
import { standingsAt, type StandingRow } from '../../src/engine/scoring/standings.ts'
import {
  DEFAULT_SORT,
  formatSort,
  nextSort,
  parseSort,
  SORT_KEYS,
  sortRows,
} from '../../src/model/table-sort.ts'
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
  // A new column starts in its own direction, whatever the last one's was.
  expect(nextSort({ key: 'name', ascending: false }, 'wins')).toEqual({
    key: 'wins',
    ascending: false,
  })
  expect(nextSort({ key: 'wins', ascending: false }, 'pos')).toEqual({
    key: 'pos',
    ascending: true,
  })
  expect(nextSort({ key: 'wins', ascending: false }, 'name')).toEqual({
    key: 'name',
    ascending: true,
  })
})

test('each column sorts by its own count, most first (Masters 2024 after the last race)', () => {
  const rows = standingsAt(championship(ccna2024, 'masters'), ccna2024.scored.length - 1)
  const counts = {
    pts: (row: StandingRow) => row.points,
    wins: (row: StandingRow) => row.stats.wins,
    podiums: (row: StandingRow) => row.stats.podiums,
    poles: (row: StandingRow) => row.stats.poles,
    fl: (row: StandingRow) => row.stats.fastestLaps,
  }
  for (const key of ['pts', 'wins', 'podiums', 'poles', 'fl'] as const) {
    const values = sortRows(rows, (row) => row, { key, ascending: false }).map(({ row }) =>
      counts[key](row),
    )
    expect(values, key).toEqual(rows.map(counts[key]).toSorted((a, b) => b - a))
    const fewest = sortRows(rows, (row) => row, { key, ascending: true }).map(({ row }) =>
      counts[key](row),
    )
    expect(fewest, key).toEqual(rows.map(counts[key]).toSorted((a, b) => a - b))
  }
  // Points, most first, is the championship order itself.
  const byPoints = sortRows(rows, (row) => row, { key: 'pts', ascending: false })
  expect(byPoints.map(({ rank }) => rank)).toEqual(rows.map((_, i) => i))
  // The championship order reversed puts the last first.
  const last = sortRows(rows, (row) => row, { key: 'pos', ascending: false })
  expect(last.map(({ rank }) => rank)).toEqual(rows.map((_, i) => i).toReversed())
})

test('by name, A to Z and back', () => {
  const rows = standingsAt(championship(ccna2024, 'masters'), ccna2024.scored.length - 1)
  const names = sortRows(rows, (row) => row, { key: 'name', ascending: true }).map(
    ({ row }) => row.name,
  )
  expect(names).toEqual(rows.map((row) => row.name).toSorted((a, b) => a.localeCompare(b)))
  expect(names).not.toEqual(rows.map((row) => row.name))
  const reversed = sortRows(rows, (row) => row, { key: 'name', ascending: false })
  expect(reversed.map(({ row }) => row.name)).toEqual(names.toReversed())
})

test('sort= in the URL: read leniently, written only when it is not the championship order', () => {
  expect(parseSort('wins-desc')).toEqual({ key: 'wins', ascending: false })
  expect(parseSort('name-asc')).toEqual({ key: 'name', ascending: true })
  expect(parseSort('fl-asc')).toEqual({ key: 'fl', ascending: true })
  for (const bad of [
    null,
    '',
    'wins',
    'laps-desc',
    'wins-up',
    'xwins-desc',
    'wins-descx',
    '1pts-desc',
    'x-wins-desc',
  ]) {
    expect(parseSort(bad), String(bad)).toEqual(DEFAULT_SORT)
  }
  expect(formatSort({ key: 'pos', ascending: true })).toBeNull()
  expect(formatSort({ key: 'pos', ascending: false })).toBe('pos-desc')
  expect(formatSort({ key: 'poles', ascending: false })).toBe('poles-desc')
  expect(formatSort({ key: 'name', ascending: true })).toBe('name-asc')
  for (const key of SORT_KEYS) {
    for (const ascending of [true, false]) {
      expect(parseSort(formatSort({ key, ascending }))).toEqual({ key, ascending })
    }
  }
})
