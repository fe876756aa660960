/**
 * The `given` field of a result row at the data edge (docs/data-format.md#given-points): read by
 * the schema (the fast lane leaves it to it), its place on the scale outside the road's
 * positions, and refused with what would score it again or score nothing instead.
 */
import { expect, test } from 'vitest'
import { formatFault } from '../../src/data/fault.ts'
import { acceptResults } from '../../src/data/results-fast-path.ts'
import { validateSeason } from '../../src/data/validate-season.ts'
import { finished, makeSeason, results } from '../fixtures/build.ts'
import { memoryReader } from '../fixtures/memory-reader.ts'

const folder = 'data/test/2024'
const check = (files: Record<string, unknown>) =>
  validateSeason(folder, memoryReader(folder, files))

const sheetRace = (extra: Record<string, unknown> = {}) =>
  results('r01', [
    { ...finished(1, { car: '1' }), given: { race: 25, pole: 2 } },
    // The place its points stand for on the scale: no road position needs to run up to it.
    { ...finished(3, { car: '2' }), given: { race: 17, penalty: 5 }, ...extra },
  ])

test('given points read as written, by the schema; their places need not run 1..n', async () => {
  const file = sheetRace()
  expect(acceptResults(file)).toBeNull()
  const got = await check({ 'season.json': makeSeason(), 'results/r01.json': file })
  expect(got.faults).toEqual([])
  expect(got.warnings).toEqual([])
  const read = got.files.get('r01')
  expect(read?.kind === 'results' && read.results.rows[1]?.given).toEqual({ race: 17, penalty: 5 })
})

test('given points with noPoints, guest, a pole or fastest-lap flag, or penaltyPoints: faults naming file, path and what was expected', async () => {
  const file = sheetRace({ noPoints: true, guest: true, pole: true, penaltyPoints: 3 })
  const got = await check({ 'season.json': makeSeason(), 'results/r01.json': file })
  expect(got.faults.map(formatFault)).toEqual([
    'results/r01.json: rows[1].guest: expected "guest" or "noPoints", not both: a guest takes no place for points (the cars behind move up), a noPoints car keeps its place (its points go to nobody)',
    'results/r01.json: rows[1].noPoints: expected "given" points or "noPoints", not both: a row with "given" points scores them',
    'results/r01.json: rows[1].guest: expected "given" points or "guest", not both: a guest is no championship entry and scores nothing',
    'results/r01.json: rows[1].pole: expected no "pole" flag on a row with "given" points: the pole\'s points are "given.pole"',
    'results/r01.json: rows[1].penaltyPoints: expected no "penaltyPoints" on a row with "given" points: the penalty is "given.penalty"',
  ])
})

test('given points out of range or missing the race points: a fault at given.race', async () => {
  const file = sheetRace({ given: { race: -1 } })
  const got = await check({ 'season.json': makeSeason(), 'results/r01.json': file })
  expect(got.faults.map(formatFault)).toEqual([
    'results/r01.json: rows[1].given.race: points must be between 0 and 10,000, got -1',
  ])
  const none = sheetRace({ given: { pole: 2 } })
  const missing = await check({ 'season.json': makeSeason(), 'results/r01.json': none })
  expect(missing.faults.map(formatFault)).toEqual([
    expect.stringMatching(/^results\/r01\.json: rows\[1\]\.given\.race: /),
  ])
})
