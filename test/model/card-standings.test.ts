import { expect, test } from 'vitest'
import { standingsAt } from '../../src/engine/scoring/standings.ts'
import {
  allClassesRows,
  classTagOf,
  standingsHeadings,
  standingsRows,
} from '../../src/model/card-standings.ts'
import { championship, shippedSeason, stepAfter } from '../fixtures/shipped-season.ts'

// The standings card's rows (docs/exporting.md#broadcast-graphics), 2023 after race 8.
const ccna2023 = await shippedSeason('ccna/2023')
const step = stepAfter(ccna2023, 'r08')
const top = (id: string, count: number) =>
  standingsAt(championship(ccna2023, id), step).slice(0, count)

test('published: Dickinson 197, Sargent 134 (−63), Martin 121 (−76) after race 8; each driver with his team', () => {
  const rows = standingsRows(ccna2023.season, top('pro', 3), false, (id) => id === 'tom-sargent')
  expect(rows.map((r) => [r.position, r.name, r.points, r.gap, r.placeholder])).toEqual([
    [1, 'Riley Dickinson', '197', '—', false],
    [2, 'Tom Sargent', '134', '−63', true],
    [3, 'Will Martin', '121', '−76', false],
  ])
  expect(rows.every((r) => typeof r.team === 'string' && r.team.length > 0)).toBe(true)
  expect(standingsHeadings(false, false)).toEqual({
    position: 'Pos',
    name: 'Driver',
    team: 'Team',
    points: 'Pts',
    gap: 'Gap',
    classTag: 'Class',
    classPosition: 'In class',
  })
})

test('a teams table names the team and lists no team beside it', () => {
  const rows = standingsRows(ccna2023.season, top('teams', 2), true, () => false)
  expect(rows.map((r) => [r.name, r.gap, 'team' in r])).toEqual([
    ['Kellymoss', '—', false],
    ['McElrea Racing', '−37', false],
  ])
  expect(standingsHeadings(true, false).name).toBe('Team')
})

test('all classes in one list by points, each with its class badge, its place in its class and its gap to the class leader', () => {
  const classes = ['pro', 'pro-am', 'am'].map((id) => championship(ccna2023, id))
  const rows = allClassesRows(ccna2023.season, classes, step, () => false).slice(0, 4)
  expect(
    rows.map((r) => [r.position, r.name, r.points, r.gap, r.classTag?.name, r.classPosition]),
  ).toEqual([
    [1, 'Riley Dickinson', '197', '—', 'Pro', 1],
    [2, 'Mark Kvamme', '197', '—', 'Am', 1],
    [3, 'Efrin Castro', '170', '—', 'Pro-Am', 1],
    [4, 'Marco Cirone', '150', '−20', 'Pro-Am', 2],
  ])
  expect(standingsHeadings(false, true)).toMatchObject({ position: '#', gap: 'Class gap' })
})

test("a class badge in the season's colour with readable text; none for a class the season lacks", () => {
  expect(classTagOf(ccna2023.season, 'pro')).toEqual({
    name: 'Pro',
    color: '#f28c28',
    text: '#000',
  })
  expect(classTagOf(ccna2023.season, 'gt4')).toBeNull()
  expect(classTagOf(ccna2023.season, undefined)).toBeNull()
})
