/**
 * The `reconstructed` field of a result row at the data edge
 * (docs/data-format.md#reconstructed-rows): read by the schema and the fast lane alike, and only
 * in a file whose `source.kind` is `reconstructed`.
 */
import { expect, test } from 'vitest'
import { formatFault } from '../../src/data/fault.ts'
import { acceptResults } from '../../src/data/results-fast-path.ts'
import { validateSeason } from '../../src/data/validate-season.ts'
import type { RaceResults } from '../../src/engine/types.ts'
import { makeSeason, order, results } from '../fixtures/build.ts'
import { memoryReader } from '../fixtures/memory-reader.ts'

const folder = 'data/test/2024'
const check = (files: Record<string, unknown>) =>
  validateSeason(folder, memoryReader(folder, files))

/** Cars 1, 2, 3 in that order, car 2's place filled in; the file's source as given. */
function withSecondFilledIn(source?: RaceResults['source']): RaceResults {
  const rows = order(['1', '2', '3']).map((row) =>
    row.car === '2' ? { ...row, reconstructed: true } : row,
  )
  return { ...results('r01', rows), ...(source === undefined ? {} : { source }) }
}

test('in a reconstructed file, the marked row reads as written, by the fast lane and by the schema', async () => {
  const file = withSecondFilledIn({ kind: 'reconstructed', note: 'places fitted' })
  expect(acceptResults(file)?.rows.map((row) => row.reconstructed)).toEqual([
    undefined,
    true,
    undefined,
  ])
  const got = await check({ 'season.json': makeSeason(), 'results/r01.json': file })
  expect(got.faults).toEqual([])
  expect(got.warnings).toEqual([])
  const read = got.files.get('r01')
  expect(read?.kind === 'results' && read.results.rows.map((row) => row.reconstructed)).toEqual([
    undefined,
    true,
    undefined,
  ])
})

test('a filled-in row in a file that is not reconstructed: a fault naming the file, the JSON path and what was expected', async () => {
  for (const [source, said] of [
    [{ kind: 'official' }, `this file's is "official"`],
    [{ kind: 'imported' }, `this file's is "imported"`],
    [undefined, 'this file has no source'],
  ] as const) {
    const got = await check({
      'season.json': makeSeason(),
      'results/r01.json': withSecondFilledIn(source),
    })
    expect(got.faults.map(formatFault)).toEqual([
      `results/r01.json: rows[1].reconstructed: expected "reconstructed": true only in a file whose source.kind is "reconstructed" (${said})`,
    ])
  }
  // `false` says the row is published, as no field does: nothing to refuse.
  const published = results(
    'r01',
    order(['1', '2']).map((row) => ({ ...row, reconstructed: false })),
  )
  const got = await check({ 'season.json': makeSeason(), 'results/r01.json': published })
  expect(got.faults).toEqual([])
})

test('a reconstructed that is not true or false is a fault', async () => {
  const file = withSecondFilledIn({ kind: 'reconstructed' })
  const rows = [{ ...file.rows[0], reconstructed: 'yes' }]
  expect(acceptResults({ ...file, rows })).toBeNull()
  const got = await check({ 'season.json': makeSeason(), 'results/r01.json': { ...file, rows } })
  expect(got.faults.map(formatFault)).toEqual([
    'results/r01.json: rows[0].reconstructed: expected true or false, got "yes"',
  ])
})
