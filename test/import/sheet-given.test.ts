/**
 * Start a season from the sheet (docs/importing.md#start-from-a-sheet): an official points
 * sheet's sessions as result files of given points, the scale read off the sheet itself.
 */
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { parsePointsSheet } from '../../src/import/alkamel-points.ts'
import { sheetScale, sheetToGivenResults } from '../../src/import/sheet-given.ts'
import { makeSeason } from '../fixtures/build.ts'

const file = 'data-src/alkamel/mustang-2026-mid-ohio/points-after-mid-ohio-2026-dh-drivers.json'
const parsed = parsePointsSheet(readFileSync(file, 'utf8'), file)
if (!parsed.ok) throw new Error(parsed.errors.join('\n'))
const sheet = parsed.value
const seasonOf = (names: ReadonlyArray<string>) =>
  makeSeason({
    classes: [{ id: 'dh', name: 'DH' }],
    teams: [{ id: 'dh-team', name: 'DH' }],
    drivers: names.map((name) => ({ id: name.toLowerCase().replace(' ', '-'), name })),
  })
const everyone = sheet.entries.map((entry) => entry.name)
const options = { class: 'dh', team: 'dh-team', note: 'Points from the official DH standings' }

test('the scale and bonuses read off the Mustang Challenge DH sheet: 350, 320, 300, …; pole 10, fastest lap 10', () => {
  expect(sheetScale(sheet)).toEqual({
    ok: true,
    value: { points: [350, 320, 300, 280, 260, 250, 240, 230, 220, 210], pole: 10, fastestLap: 10 },
    warnings: [],
  })
})

test('a session as given rows at the place its race points stand for; no points there: no row', () => {
  const got = sheetToGivenResults(sheet, seasonOf(everyone), [{ session: 1, race: 'r01' }], options)
  if (!got.ok) throw new Error(got.errors.join('\n'))
  const [r01] = got.value
  expect(r01?.source).toEqual({ kind: 'official', note: options.note })
  expect(r01?.rows.map((row) => [row.drivers[0], row.position, row.given])).toEqual([
    ['cole-loftsgard', 1, { race: 350, pole: 10, fastestLap: 10 }],
    ['michael-tosi', 2, { race: 320 }],
    ['will-lucas', 3, { race: 300 }],
    ['devin-anderson', 4, { race: 280 }],
    ['sandy-satullo', 5, { race: 260 }],
    ['colin-harrison', 6, { race: 250 }],
    ['tate-pritt', 7, { race: 240 }],
    ['ryan-persing', 8, { race: 230 }],
    ['doug-peterson', 9, { race: 220 }],
    ['lou-gigliotti', 10, { race: 210 }],
  ])
})

test('an entry with points the season does not have is refused by name', () => {
  const got = sheetToGivenResults(
    sheet,
    seasonOf(everyone.filter((name) => name !== 'Michael Tosi')),
    [{ session: 1, race: 'r01' }],
    options,
  )
  expect(got.ok ? [] : got.errors).toEqual([
    'Mustang Challenge DH Drivers, Michael Tosi, session 1: "Michael Tosi" is not a driver of the season',
  ])
})
