/**
 * The `guest` field of a result row at the data edge (docs/data-format.md#rows): read by the
 * schema and the fast lane alike, and never with `noPoints` on the same row.
 */
import { expect, test } from 'vitest'
import { formatFault } from '../../src/data/fault.ts'
import { acceptResults } from '../../src/data/results-fast-path.ts'
import { validateSeason } from '../../src/data/validate-season.ts'
import { makeSeason, order, results } from '../fixtures/build.ts'
import { memoryReader } from '../fixtures/memory-reader.ts'

const folder = 'data/test/2024'
const check = (files: Record<string, unknown>) =>
  validateSeason(folder, memoryReader(folder, files))

test('a guest row reads as written, by the fast lane and by the schema', async () => {
  const file = results('r01', order(['1', '17', '2'], { '17': { guest: true } }))
  expect(acceptResults(file)?.rows.map((row) => row.guest)).toEqual([undefined, true, undefined])
  const got = await check({ 'season.json': makeSeason(), 'results/r01.json': file })
  expect(got.faults).toEqual([])
  expect(got.warnings).toEqual([])
  const read = got.files.get('r01')
  expect(read?.kind === 'results' && read.results.rows[1]?.guest).toBe(true)
})

test('guest with noPoints on one row: a fault naming the file, the JSON path and what was expected', async () => {
  const file = results('r01', order(['1', '17', '2'], { '17': { guest: true, noPoints: true } }))
  // The fast lane leaves it to the schema, which names the fault.
  expect(acceptResults(file)).toBeNull()
  const got = await check({ 'season.json': makeSeason(), 'results/r01.json': file })
  expect(got.faults.map(formatFault)).toEqual([
    'results/r01.json: rows[1].guest: expected "guest" or "noPoints", not both: a guest takes no place for points (the cars behind move up), a noPoints car keeps its place (its points go to nobody)',
  ])
})

test('a guest that is not true or false is a fault', async () => {
  const file = results('r01', order(['1']))
  const rows = [{ ...file.rows[0], guest: 'yes' }]
  const got = await check({ 'season.json': makeSeason(), 'results/r01.json': { ...file, rows } })
  expect(got.faults.map(formatFault)).toEqual([
    'results/r01.json: rows[0].guest: expected true or false, got "yes"',
  ])
})
