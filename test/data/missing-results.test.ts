import { expect, test } from 'vitest'
import { formatFault } from '../../src/data/fault.ts'
import { validateSeason } from '../../src/data/validate-season.ts'
import { makeSeason, order, results, rounds } from '../fixtures/build.ts'
import { memoryReader } from '../fixtures/memory-reader.ts'

const season = makeSeason({ rounds: rounds(6) })
const warnings = async (files: Record<string, unknown>) => {
  const check = await validateSeason('f', memoryReader('f', { 'season.json': season, ...files }))
  expect(check.faults).toEqual([])
  return check.warnings.map(formatFault)
}
const raced = (race: string, status: 'official' | 'live' | 'scheduled' = 'official') => ({
  [`results/${race}.json`]: results(race, status === 'scheduled' ? [] : order(['1', '2']), status),
})

test('a race with no result file between races with results is "valid" (issue 22 #5) — a warning naming both', async () => {
  expect(
    await warnings({ ...raced('r01'), ...raced('r02'), ...raced('r04'), ...raced('r06', 'live') }),
  ).toEqual([
    "season.json: rounds[2].races[0].results: r03 has no result file (results/r03.json), yet r04 has results: is r03's file missing?",
    "season.json: rounds[4].races[0].results: r05 has no result file (results/r05.json), yet r06 has results: is r05's file missing?",
  ])
})

test('races still to come are no warning: results up to r02, then nothing or scheduled files', async () => {
  expect(
    await warnings({ ...raced('r01'), ...raced('r02'), ...raced('r04', 'scheduled') }),
  ).toEqual([])
  expect(await warnings({})).toEqual([])
})
