import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { alKamelQualifyingCsv, alKamelRaceCsv } from '../../scripts/live/alkamel-csv.ts'
import { demoPhases } from '../../scripts/live/demo-race.ts'
import type { RaceResults, ResultRow, Season } from '../../src/engine/types.ts'
import { parseAlKamelResults } from '../../src/import/alkamel-results.ts'
import { toRaceResults } from '../../src/import/to-race-results.ts'
import { finished, makeSeason, out, results } from '../fixtures/build.ts'

const ccna = JSON.parse(readFileSync('public/data/ccna/2023/season.json', 'utf8')) as Season
const r11 = JSON.parse(
  readFileSync('public/data/ccna/2023/results/r11.json', 'utf8'),
) as RaceResults

/** What a classification is: who, where, with what status and bonuses. */
const classification = (rows: ReadonlyArray<ResultRow>) =>
  rows.map((row) => ({
    car: row.car,
    drivers: row.drivers,
    team: row.team,
    class: row.class,
    status: row.status,
    position: row.position,
    pole: row.pole === true,
    fastestLap: row.fastestLap === true,
  }))

function readBack(written: RaceResults, season: Season) {
  const sheet = parseAlKamelResults(alKamelRaceCsv(written, season), 'race.csv')
  const grid = parseAlKamelResults(alKamelQualifyingCsv(written, season), 'qualifying.csv')
  if (!sheet.ok || !grid.ok) throw new Error('the written sheets do not parse')
  const imported = toRaceResults(
    sheet.value,
    season,
    { race: written.race, qualifying: grid.value },
    'race.csv',
  )
  if (!imported.ok) throw new Error(imported.errors.join('\n'))
  expect(imported.value.newDrivers).toEqual([])
  expect(imported.value.newTeams).toEqual([])
  return imported.value.results.rows
}

test('the shipped 2023 race 11 reads back to the same classification, poles and fastest laps', () => {
  expect(classification(readBack(r11, ccna))).toEqual(classification(r11.rows))
})

test('every phase of the live demo reads back to itself', () => {
  for (const phase of demoPhases(r11, '20', 2))
    expect(classification(readBack(phase, ccna))).toEqual(classification(phase.rows))
})

test('retirements, disqualifications, non-starters, two drivers, laps, times and quoting', () => {
  const season = makeSeason({ teams: [{ id: 't1', name: 'Team "One"; Racing' }] })
  const race = results('r01', [
    finished(1, { car: '07', drivers: ['d1', 'd2'], pole: true }),
    finished(2, { car: '7', driver: 'd3', class: 'am', fastestLap: true }),
    finished(3, { car: '12', driver: 'd4', fastestLap: true }),
    out('dnf', { car: '4', driver: 'd5' }),
    out('dsq', { car: '5', driver: 'd6', class: 'am' }),
    out('nc', { car: '6', driver: 'd7' }),
    out('dns', { car: '8', driver: 'd8', class: 'pro-am' }),
  ])
  const text = alKamelRaceCsv(race, season)
  expect(text.startsWith('\uFEFFPOSITION;NUMBER;STATUS;LAPS;')).toBe(true)
  expect(text).toContain('"Team ""One""; Racing"')
  expect(text.split('\r\n')[1]?.endsWith(';')).toBe(true)
  expect(classification(readBack(race, season))).toEqual(classification(race.rows))

  const timed = results('r01', [
    {
      ...finished(1, { car: '1', driver: 'd1' }),
      laps: 41,
      time: '45:10.100',
      bestLap: '1:05.300',
    },
    {
      ...finished(2, { car: '2', driver: 'd2', fastestLap: true }),
      laps: 41,
      time: '45:12.000',
      bestLap: '1:05.100',
    },
  ])
  const rows = readBack(timed, season)
  expect(rows.map((row) => [row.laps, row.time, row.bestLap, row.fastestLap])).toEqual([
    [41, '45:10.100', '1:05.300', false],
    [41, '45:12.000', '1:05.100', true],
  ])
})
