import { expect, test } from 'vitest'
import { guessMapping, mappedRows, readCsvTable } from '../../src/import/generic-csv.ts'
import { readTimingFile } from '../../src/import/read-timing-file.ts'
import { makeSeason } from '../fixtures/build.ts'

const season = makeSeason({ drivers: [{ id: 'jason-hart', name: 'Jason Hart' }], teams: [] })
const sheet =
  'Pos,No.,Category,Driver,Entrant,Laps,Best Lap\n1,07,Pro,Jason Hart,MDK,30,1:30.100\n2,9,Pro-Am,Will Martin / Alex Sedgwick,JDX,30,1:29.900\n,12,Pro,Pat Doe,MDK,0,\n'

test('the mapping is guessed from the column names', () => {
  expect(guessMapping(readCsvTable(sheet).columns)).toEqual({
    position: 'Pos',
    car: 'No.',
    class: 'Category',
    driver: 'Driver',
    team: 'Entrant',
    laps: 'Laps',
    bestLap: 'Best Lap',
  })
})

test('a generic CSV through its mapping: several drivers in one cell, an empty position is a non-starter', () => {
  const read = readTimingFile('sheet.csv', sheet, season, { race: 'r01' })
  expect(read.format).toBe('csv')
  if (!read.outcome.ok) throw new Error(read.outcome.errors.join('\n'))
  expect(
    read.outcome.value.results.rows.map((r) => [
      r.car,
      r.class,
      r.drivers,
      r.team,
      r.status,
      r.position ?? null,
      r.fastestLap,
    ]),
  ).toEqual([
    ['07', 'pro', ['jason-hart'], 'mdk', 'classified', 1, true],
    ['9', 'pro-am', ['will-martin', 'alex-sedgwick'], 'jdx', 'classified', 2, true],
    ['12', 'pro', ['pat-doe'], 'mdk', 'dns', null, false],
  ])
})

test('a mapping that lacks a column says which; bad cells are named by line and column', () => {
  const table = readCsvTable('A;B\n1;2\n')
  expect(mappedRows(table, guessMapping(table.columns), 'x.csv')).toEqual({
    ok: false,
    errors: ['x.csv: choose the column for car, position, class, driver (or last name)'],
  })
  const bad = readCsvTable('Pos,Car,Class,Driver,Laps\n1,7,Pro,A B,x\n2,7,Pro,C D,3\n')
  const rows = mappedRows(bad, guessMapping(bad.columns), 'b.csv')
  expect(rows.ok ? [] : rows.errors).toEqual([
    'b.csv line 2, column Laps: expected a whole number up to 999999, got "x"',
    'b.csv line 3, column Car: car "7" appears twice (also line 2)',
  ])
})

test('bug: a 400-digit laps or position in a spreadsheet CSV was read as Infinity — an error by line and column, as for Al Kamel files', () => {
  const nines = '9'.repeat(400)
  const read = readTimingFile(
    'sheet.csv',
    `Pos,No.,Category,Driver,Entrant,Laps\n1,07,Pro,Jason Hart,MDK,${nines}\n${nines},9,Pro,Jason Hart,MDK,3\n`,
    season,
    { race: 'r01' },
  )
  expect(read.outcome.ok ? [] : read.outcome.errors).toEqual([
    `sheet.csv line 2, column Laps: expected a whole number up to 999999, got "${'9'.repeat(37)}..."`,
    `sheet.csv line 3, column Pos: expected a whole number up to 999999, got "${'9'.repeat(37)}..."`,
  ])
})
