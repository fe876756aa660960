import { expect, test } from 'vitest'
import { readTimingFile } from '../../src/import/read-timing-file.ts'
import { makeSeason } from '../fixtures/build.ts'

const season = makeSeason()
const mapping = { position: 'Pos', car: 'Car', class: 'Class', driver: 'Driver', team: 'Team' }

test('bug: the browser import skipped the CLI cross-checks — a driver in two cars is an error in the review too', () => {
  const csv = 'Pos,Car,Class,Driver,Team\n1,1,pro,Driver 01,Team 1\n2,2,pro,Driver 01,Team 1\n'
  const read = readTimingFile('sheet.csv', csv, season, { race: 'r01' }, mapping)
  expect(read.outcome.ok).toBe(false)
  expect(read.outcome.ok ? [] : read.outcome.errors).toEqual([
    expect.stringMatching(/^sheet\.csv: rows\[1\]\.drivers\[0\]: .*d1/),
  ])
})

test('bug: a header-only CSV stored a result with no car — refused', () => {
  const read = readTimingFile(
    'sheet.csv',
    'Pos,Car,Class,Driver,Team\n',
    season,
    { race: 'r01' },
    mapping,
  )
  expect(read.outcome.ok ? [] : read.outcome.errors).toContain(
    'sheet.csv: no car in the file: a result needs at least one row',
  )
})

test('bug: an import with a car number of control characters passed every door and wrote a result file that validate refuses — the result schema runs at every door too', () => {
  const season = makeSeason()
  const read = readTimingFile(
    'sheet.csv',
    'Pos,No.,Class,Driver,Team\n1,\u001b[2J,Pro,Jason Hart,MDK\n',
    season,
    { race: 'r01' },
  )
  expect(read.outcome.ok ? [] : read.outcome.errors).toEqual([
    'sheet.csv: rows[0].car: expected the car number as text of up to 20 characters, like "07", got "\\u001b[2J"',
  ])
})
