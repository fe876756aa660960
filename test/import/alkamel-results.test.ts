import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { readFromDisk } from '../../src/data/disk-reader.ts'
import { validateSeason } from '../../src/data/validate-season.ts'
import { computeSeasonStandings } from '../../src/engine/scoring/season-standings.ts'
import { standingsAt } from '../../src/engine/scoring/standings.ts'
import type { RaceFile, RaceResults } from '../../src/engine/types.ts'
import { parseAlKamelResults } from '../../src/import/alkamel-results.ts'
import { parseRaceTime } from '../../src/import/race-time.ts'
import { toRaceResults } from '../../src/import/to-race-results.ts'
import {
  imsaCsv,
  imsaCsvFromResults,
  QUALIFYING_HEADER,
  SINGLE_DRIVER_HEADER,
} from '../fixtures/alkamel.ts'
import { makeSeason } from '../fixtures/build.ts'

const season = makeSeason({
  drivers: [
    { id: 'jason-hart', name: 'Jason Hart', country: 'USA' },
    { id: 'sebastien-buemi', name: 'Sébastien Buemi' },
  ],
  teams: [{ id: 'mdk', name: 'MDK Motorsports' }],
})

function importCsv(text: string, options: Partial<Parameters<typeof toRaceResults>[2]> = {}) {
  const parsed = parseAlKamelResults(text, '03_Results_Race_Official.csv')
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'))
  const imported = toRaceResults(
    parsed.value,
    season,
    { race: 'r01', ...options },
    '03_Results_Race_Official.csv',
  )
  if (!imported.ok) throw new Error(imported.errors.join('\n'))
  return imported.value
}

test('times: H:MM:SS.mmm, M:SS.mmm, SS.mmm and the apostrophe form', () => {
  expect([
    parseRaceTime('24:00:38.019'),
    parseRaceTime('1:36.066'),
    parseRaceTime('58.5'),
    parseRaceTime("1'58.056"),
  ]).toEqual([86438.019, 96.066, 58.5, 118.056])
  expect(parseRaceTime('1:3x')).toBeNull()
})

test('IMSA layout: BOM, trailing separators, "07" kept as text, names matched, class places left to the engine', () => {
  const { results, newDrivers, newTeams } = importCsv(
    imsaCsv([
      {
        position: 1,
        number: '07',
        laps: 30,
        total: '45:01.100',
        flTime: '1:30.500',
        team: 'MDK Motorsports',
        cls: 'Pro',
        drivers: [['Jason', 'Hart', 'USA']],
      },
      {
        position: 2,
        number: '7',
        laps: 30,
        total: '45:02.200',
        flTime: '1:30.400',
        team: 'Kellymoss, LLC',
        cls: 'PRO-AM',
        drivers: [
          ['SEBASTIEN', 'BUEMI', 'SUI'],
          ['Efrin', 'Castro', 'USA'],
        ],
      },
      {
        position: 3,
        number: '20',
        laps: 29,
        total: '45:05.000',
        flTime: '1:31.000',
        team: 'MDK Motorsports',
        cls: 'Pro',
        drivers: [['Ángel', 'Benítez', 'VEN']],
      },
    ]),
  )
  expect(
    results.rows.map((r) => [
      r.car,
      r.drivers,
      r.team,
      r.class,
      r.status,
      r.position,
      r.fastestLap,
    ]),
  ).toEqual([
    ['07', ['jason-hart'], 'mdk', 'pro', 'classified', 1, true],
    ['7', ['sebastien-buemi', 'efrin-castro'], 'kellymoss-llc', 'pro-am', 'classified', 2, true],
    ['20', ['angel-benitez'], 'mdk', 'pro', 'classified', 3, false],
  ])
  expect(newDrivers).toEqual([
    { id: 'efrin-castro', name: 'Efrin Castro', country: 'USA' },
    { id: 'angel-benitez', name: 'Ángel Benítez', country: 'VEN' },
  ])
  expect(newTeams).toEqual([{ id: 'kellymoss-llc', name: 'Kellymoss, LLC' }])
  expect(results.source).toEqual({
    kind: 'imported',
    note: 'Imported from 03_Results_Race_Official.csv',
  })
})

test('every starter is "Classified" in the file: distance decides, a non-starter is DNS, review can override', () => {
  const csv = imsaCsv([
    { position: 1, number: '1', laps: 30, team: 'T', cls: 'Pro', drivers: [['A', 'One', 'USA']] },
    { position: 2, number: '2', laps: 29, team: 'T', cls: 'Pro', drivers: [['B', 'Two', 'USA']] },
    { position: 3, number: '3', laps: 12, team: 'T', cls: 'Pro', drivers: [['C', 'Three', 'USA']] },
    {
      position: null,
      number: '4',
      laps: 0,
      team: 'T',
      cls: 'Pro',
      drivers: [['D', 'Four', 'USA']],
    },
  ])
  const { results, warnings } = importCsv(csv)
  expect(results.rows.map((r) => [r.car, r.status, r.position ?? null, r.reason])).toEqual([
    ['1', 'classified', 1, null],
    ['2', 'classified', 2, null],
    ['3', 'dnf', null, 'completed 12 of 30 laps'],
    ['4', 'dns', null, null],
  ])
  expect(warnings).toEqual([
    '03_Results_Race_Official.csv line 4: car 3 completed 12 of 30 laps (under 70 % of its class winner): not classified, recorded as retired',
  ])
  const reviewed = importCsv(csv, {
    statusOverrides: new Map([
      ['3', 'classified'],
      ['2', 'dsq'],
    ]),
  })
  expect(reviewed.results.rows.map((r) => [r.car, r.status, r.position ?? null])).toEqual([
    ['1', 'classified', 1],
    ['3', 'classified', 2],
    ['2', 'dsq', null],
    ['4', 'dns', null],
  ])
})

test('single-driver layout and a qualifying file for the class poles', () => {
  const race = `\uFEFF${SINGLE_DRIVER_HEADER}\n1;13;Classified;23;45:30.694;-;-;13;1:40.747;140.3;BSI Racing;Pro;;;Porsche;;;;;;;;;;;;Westin;Workman;;;USA;WRK;;;;;;\n2;89;Classified;23;45:36.357;+5.663;+0.695;13;1:42.585;137.7;Eagles Canyon Racing;Am;Legends;;Porsche;;;;;;;;;;;;Livio;Galanti;;;ITA;GAL;;;;;;\n`
  const qualifying = parseAlKamelResults(
    `${QUALIFYING_HEADER}\n1;89;6;1:33.895;-;-;219.7;6;Eagles Canyon Racing;Am;;;Porsche;M;Livio;Galanti;ITA;\n2;13;6;1:34.186;+0.291;+0.291;219.0;6;BSI Racing;Pro;;;Porsche;M;Westin;Workman;USA;\n`,
    '02_Results_Qualifying.csv',
  )
  if (!qualifying.ok) throw new Error(qualifying.errors.join('\n'))
  const { results } = importCsv(race, { qualifying: qualifying.value })
  expect(
    results.rows.map((r) => [r.car, r.drivers, r.class, r.pole, r.fastestLap, r.bestLap]),
  ).toEqual([
    ['13', ['westin-workman'], 'pro', true, true, '1:40.747'],
    ['89', ['livio-galanti'], 'am', true, true, '1:42.585'],
  ])
})

test('bad files: every problem named by line and column, nothing half-imported', () => {
  const bad = `\uFEFFPOSITION;NUMBER;STATUS;LAPS;FL_TIME;TEAM;CLASS;DRIVER_FIRSTNAME;DRIVER_SECONDNAME;\n1;07;Classified;30;1:3x.1;T;Pro;A;B;\n2;07;Classified;x;1:31.0;T;Pro;C;D;\n`
  const parsed = parseAlKamelResults(bad, 'r.csv')
  expect(parsed.ok ? [] : parsed.errors).toEqual([
    'r.csv line 2, column FL_TIME: unreadable time "1:3x.1"',
    'r.csv line 3, column NUMBER: car "07" appears twice (also line 2)',
    'r.csv line 3, column LAPS: expected a whole number up to 999999, got "x"',
  ])
  const missing = parseAlKamelResults('POSITION;NUMBER;TEAM;\n1;7;T;\n', 'm.csv')
  expect(missing.ok ? [] : missing.errors).toEqual([
    'm.csv line 1: missing required column CLASS',
    'm.csv line 1: missing required column STATUS',
    'm.csv line 1: missing required column LAPS',
  ])
  const rows = parseAlKamelResults(
    imsaCsv([
      { position: 1, number: '1', laps: 3, team: 'T', cls: 'GTD', drivers: [['A', 'B', 'USA']] },
    ]),
    'c.csv',
  )
  const mapped = rows.ok ? toRaceResults(rows.value, season, { race: 'r01' }, 'c.csv') : null
  expect(mapped?.ok === false && mapped.errors).toEqual([
    'c.csv line 2, column CLASS: unknown class "GTD" (the season has Pro, Pro-Am, Am)',
  ])
})

test('known answer: 2023 race 1 as an Al Kamel file gives the same standings as the shipped result file', async () => {
  const check = await validateSeason('public/data/ccna/2023', readFromDisk)
  const ccna = check.season!
  const typed = JSON.parse(
    readFileSync('public/data/ccna/2023/results/r01.json', 'utf8'),
  ) as RaceResults
  const csv = imsaCsvFromResults(ccna, typed.rows)
  const parsed = parseAlKamelResults(csv, 'r01.csv')
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'))
  const qualifying = typed.rows
    .filter((row) => row.pole)
    .map((row, i) => ({ ...parsed.value.find((p) => p.car === row.car)!, position: i + 1 }))
  const imported = toRaceResults(parsed.value, ccna, { race: 'r01', qualifying }, 'r01.csv')
  if (!imported.ok) throw new Error(imported.errors.join('\n'))
  expect(imported.value.newDrivers).toEqual([])
  const only = (file: RaceFile) => computeSeasonStandings(ccna, new Map([['r01', file]]))
  const fromTyped = only({ kind: 'results', results: typed })
  const fromCsv = only({ kind: 'results', results: imported.value.results })
  for (const progression of fromTyped.championships) {
    const other = fromCsv.championships.find(
      (p) => p.championship.id === progression.championship.id,
    )!
    const view = (rows: ReturnType<typeof standingsAt>) =>
      rows.map((r) => [r.id, r.position, r.points])
    expect(view(standingsAt(other, 0)), progression.championship.id).toEqual(
      view(standingsAt(progression, 0)),
    )
  }
})
