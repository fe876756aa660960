import { expect, test } from 'vitest'
import { standingsAt } from '../../src/engine/scoring/standings.ts'
import { toResultsGridCsv } from '../../src/export/results-grid-csv.ts'
import { resultCell } from '../../src/model/result-cell.ts'
import { championship, shippedSeason, stepAfter } from '../fixtures/shipped-season.ts'

const ccna2023 = await shippedSeason('ccna/2023')

test('published: after race 4 of 2023 Dickinson had 101 from three wins (pole and fastest lap) and a third', () => {
  const step = stepAfter(ccna2023, 'r04')
  const csv = toResultsGridCsv(
    standingsAt(championship(ccna2023, 'pro'), step),
    ccna2023.calendar,
    ccna2023.scored[step]!.race.index,
  )
  const [header, first] = csv.split('\r\n')
  expect(header).toBe('position,id,name,r01,r02,r03,r04,points')
  expect(first).toBe('1,riley-dickinson,Riley Dickinson,1 P F,1 P F,1 P F,3,101')
})

test('dropped results are in brackets; codes for cars that did not finish', () => {
  const last = ccna2023.scored.length - 1
  const rows = standingsAt(championship(ccna2023, 'pro-am'), last)
  const csv = toResultsGridCsv(rows, ccna2023.calendar, ccna2023.scored[last]!.race.index)
  const castro = csv.split('\r\n').find((line) => line.includes('efrin-castro')) ?? ''
  const cells = castro.split(',')
  expect(cells.filter((cell) => cell.startsWith('('))).toHaveLength(2)
  // Which two races he dropped and his total are reconstructed (not published): the CSV's
  // brackets are the engine's dropped races and its last column the total after the drops.
  const row = rows.find((r) => r.id === 'efrin-castro')!
  const header = csv.split('\r\n')[0]!.split(',')
  expect(header.filter((id, at) => /^r\d\d$/.test(id) && cells[at]?.startsWith('('))).toEqual(
    row.dropped,
  )
  expect(row.points).toBeLessThan(row.pointsBeforeDrops)
  expect(cells.at(-1)).toBe(String(row.points))
})

test('bug: the CSV wrote a finishing place for points an official sheet gave — it writes what the grid shows', async () => {
  // Published: the official Mustang Challenge DH points sheet gives Cole Loftsgard 350 for
  // round 1 with 10 for the pole and 10 for the fastest lap; it says no finishing place.
  const mustang = await shippedSeason('mustang/2026')
  const step = stepAfter(mustang, 'r01')
  const rows = standingsAt(championship(mustang, 'dh'), step)
  const csv = toResultsGridCsv(rows, mustang.calendar, mustang.scored[step]!.race.index)
  const line = csv.split('\r\n').find((text) => text.includes('cole-loftsgard')) ?? ''
  const loftsgard = rows.find((row) => row.id === 'cole-loftsgard')!
  expect(resultCell(loftsgard.races[0], false, 'R1').text).toBe('370')
  expect(line.split(',')[3]).toBe('370 P F')
})
