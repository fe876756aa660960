import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { computeSeasonStandings } from '../../src/engine/scoring/season-standings.ts'
import { parsePointsSheet } from '../../src/import/alkamel-points.ts'
import { reconcile } from '../../src/import/reconcile.ts'
import { reconciliationLines } from '../../src/import/reconcile-text.ts'
import { sheetChampionship } from '../../src/import/sheet-championship.ts'
import { filesOf, makeSeason, order, results, tableOf } from '../fixtures/build.ts'

/**
 * A sheet in the shape of the real `POINTS DATA` files (data-src/alkamel/…/points-after-…json):
 * only the fields read. Pro, two races: d1 wins both (pole 2 in race 1), d2 second, d3 third.
 */
function sheet(overrides: Readonly<Record<string, Partial<Record<string, number>>>> = {}) {
  const session = (index: number, race: number, pole = 0) => ({
    session_index: index,
    total_points: race + pole,
    race_points: race,
    race_points_valid_for_net_points: true,
    pole_points: pole,
    fastest_lap_points: 0,
    extra_points_1: 0,
    extra_points_2: 0,
    penalty_points: 0,
    ...overrides[`${index}`],
  })
  const entry = (key: string, races: ReadonlyArray<readonly [number, number]>) => {
    const sessions = races.map(([race, pole], i) => session(i + 1, race, pole))
    const total = sessions.reduce((sum, s) => sum + s.race_points + s.pole_points, 0)
    return {
      key,
      position: 0,
      total_points: total,
      total_net_points: total,
      points_by_session: sessions,
    }
  }
  return `\uFEFF${JSON.stringify({
    championship: {
      name: 'TC DRIVERS PRO',
      main_title: 'Test Cup Pro Drivers',
      year: '2024',
      creation_date: '12-06-2024 11:06:35',
      sessions: [
        { session_index: 1, event_name: 'Sebring', session_name: 'Round 1' },
        { session_index: 2, event_name: 'Sebring', session_name: 'Round 2' },
      ],
    },
    classification: [
      entry('Driver 01', [
        [25, 2],
        [25, 0],
      ]),
      entry('DRIVER 02', [
        [20, 0],
        [20, 0],
      ]),
      entry('Driver 03', [
        [17, 0],
        [17, 0],
      ]),
    ],
  })}`
}

const season = makeSeason()
const standings = computeSeasonStandings(
  season,
  filesOf(
    results('r01', order(['1', '2', '3'], { '1': { pole: true } })),
    results('r02', order(['1', '2', '3'])),
  ),
)
const rows = tableOf(standings, 'pro')
const calendar = standings.calendar.map((r) => r.race.id)
const races = ['r01', 'r02', 'r03', 'r04']

test('reconcile: standings equal to the official sheet give 0 differences (names matched as the importer does: "DRIVER 02")', () => {
  const read = parsePointsSheet(sheet(), 'pro.json')
  expect(read.ok).toBe(true)
  if (!read.ok) return
  const result = reconcile(rows, races, calendar, read.value)
  expect(result.differences).toEqual([])
  expect(result.matched).toBe(3)
  expect(reconciliationLines(result, read.value, 'Pro', (id) => id)).toEqual([
    '0 differences: the Pro standings equal the official sheet "Test Cup Pro Drivers" of 12-06-2024 11:06:35 (3 entries matched)',
  ])
})

test('reconcile: a planted wrong point is reported with both values, race by race and in the total', () => {
  const read = parsePointsSheet(sheet({ '2': { race_points: 24, total_points: 24 } }), 'pro.json')
  if (!read.ok) throw new Error(read.errors.join('\n'))
  const result = reconcile(rows, races, calendar, read.value)
  // Every entry's race 2 was planted as 24: three race differences and three totals.
  expect(result.differences).toContainEqual({
    entry: 'Driver 01',
    race: 'r02',
    field: 'race',
    ours: 25,
    official: 24,
  })
  expect(result.differences).toContainEqual({
    entry: 'Driver 01',
    race: null,
    field: 'total',
    ours: 52,
    official: 51,
  })
  const lines = reconciliationLines(result, read.value, 'Pro', (id) => `race ${id.slice(1)}`)
  expect(lines[0]).toBe(
    '6 differences between the Pro standings and the official sheet "Test Cup Pro Drivers" of 12-06-2024 11:06:35 (3 entries matched):',
  )
  expect(lines).toContain('  Driver 01, race 02: race points ours 25, official 24')
  expect(lines).toContain('  Driver 01: total ours 52, official 51')
})

test('reconcile: an entry on one side only is a difference; a dropped result the sheet marks is compared', () => {
  const read = parsePointsSheet(
    sheet({ '1': { race_points_valid_for_net_points: 0 } }).replace('Driver 03', 'Driver 19'),
    'pro.json',
  )
  // A flag of the wrong type names the file, the JSON path and what was expected.
  expect(read.ok ? [] : read.errors[0]).toMatch(
    /^pro\.json: classification\[0\]\.points_by_session\[0\]\.race_points_valid_for_net_points: .*got 0/,
  )
  const fixed = parsePointsSheet(sheet().replace('Driver 03', 'Driver 19'), 'pro.json')
  if (!fixed.ok) throw new Error(fixed.errors.join('\n'))
  const result = reconcile(rows, races, calendar, fixed.value)
  expect(result.differences).toEqual([
    {
      entry: 'Driver 19',
      race: null,
      field: 'entry',
      ours: 'not in our standings',
      official: '34 points',
    },
    {
      entry: 'Driver 03',
      race: null,
      field: 'entry',
      ours: '34 points',
      official: 'not on the sheet',
    },
  ])
})

test('the championship of a sheet: a whole word of its title (DH, not DHL), or named', () => {
  const championships = [
    { id: 'dh', name: 'DH', kind: 'drivers' as const, classes: ['dh'] },
    { id: 'dhl', name: 'DHL', kind: 'drivers' as const, classes: ['dhl'] },
  ]
  expect(sheetChampionship(championships, 'Mustang Challenge DH Drivers', [])).toMatchObject({
    id: 'dh',
  })
  expect(sheetChampionship(championships, 'Mustang Challenge Drivers', [])).toEqual({
    error:
      'cannot tell which championship "Mustang Challenge Drivers" is: name it with --championship (dh, dhl)',
  })
  expect(sheetChampionship(championships, 'anything', ['dhl'])).toMatchObject({ id: 'dhl' })
})

test('the real DH sheet after Mid-Ohio reads: 13 drivers, 12 sessions, Loftsgard 2050, Anderson 1960, Satullo 1730, Lucas 1720', () => {
  const text = readFileSync(
    'data-src/alkamel/mustang-2026-mid-ohio/points-after-mid-ohio-2026-dh-drivers.json',
    'utf8',
  )
  const read = parsePointsSheet(text, 'dh.json')
  if (!read.ok) throw new Error(read.errors.join('\n'))
  expect(read.value.title).toBe('Mustang Challenge DH Drivers')
  expect(read.value.sessions).toHaveLength(12)
  expect(read.value.sessions[4]).toEqual({ index: 5, name: 'Mid-Ohio Round 5', event: 'Mid-Ohio' })
  expect(read.value.entries.slice(0, 4).map((e) => [e.name, e.net])).toEqual([
    ['Cole Loftsgard', 2050],
    ['Devin Anderson', 1960],
    ['Sandy Satullo', 1730],
    ['Will Lucas', 1720],
  ])
  // Loftsgard, round 5 (Mid-Ohio race 1): the win, the pole and the fastest lap.
  expect(read.value.entries[0]?.races[4]).toMatchObject({ race: 350, pole: 10, fastestLap: 10 })
})
