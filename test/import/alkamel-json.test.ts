import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import type { Season } from '../../src/engine/types.ts'
import { readAlKamelSheet } from '../../src/import/alkamel-sheet.ts'
import { convertAlKamel } from '../../src/import/convert-alkamel.ts'
import { readTimingFile } from '../../src/import/read-timing-file.ts'
import { makeSeason } from '../fixtures/build.ts'

// Real official files (IMSA / Al Kamel Systems), data-src/alkamel/mustang-2026-mid-ohio/README.md.
const folder = 'data-src/alkamel/mustang-2026-mid-ohio'
const real = (name: string) => readFileSync(`${folder}/${name}`, 'utf8')

/** The Mustang Challenge's two classes, nobody entered yet: every name comes in new. */
const mustang: Season = makeSeason({
  series: { id: 'mustang', name: 'Mustang Challenge' },
  classes: [
    { id: 'dh', name: 'DH' },
    { id: 'dhl', name: 'DHL' },
  ],
  drivers: [],
  teams: [],
  championships: [
    { id: 'dh', name: 'DH', kind: 'drivers', classes: ['dh'] },
    { id: 'dhl', name: 'DHL', kind: 'drivers', classes: ['dhl'] },
  ],
})

/** A hand-made session in the same shape as the real files: only the fields read. */
function session(cars: ReadonlyArray<Record<string, unknown>>, more: Record<string, unknown> = {}) {
  return JSON.stringify({
    session: {
      session_name: 'Race 1',
      session_type: 'Race',
      report_mark: 'Provisional',
      report_message: '',
      ...more,
    },
    fastest_lap: {},
    classification: cars,
  })
}

const car = (position: number, number: string, cls: string, surname: string, extra = {}) => ({
  status: 'Classified',
  position,
  number,
  laps: '30',
  elapsed_time: '45:00.000',
  fastest_lap_time: `1:29.${String(100 + position).slice(1)}`,
  team: 'Team',
  class: cls,
  drivers: [{ firstname: 'A', surname, country: 'USA' }],
  ...extra,
})

test('the real Mid-Ohio race 2 file reads: byte-order mark, 17 cars, Official, the stewards in its notes', () => {
  const read = readAlKamelSheet(real('mid-ohio-2026-race-2.json'), 'race-2.json')
  expect(read.ok).toBe(true)
  if (!read.ok) return
  const { rows, session } = read.value
  expect(rows).toHaveLength(17)
  expect(rows[0]).toMatchObject({ car: '22', position: 1, classLabel: 'DH', laps: 30 })
  expect(rows[0]?.drivers).toEqual([{ first: 'Devin', last: 'Anderson', country: 'USA' }])
  // "Not Started": no place, whatever the file puts in `position`.
  expect(rows[16]).toMatchObject({ car: '28', position: null, status: 'Not Started' })
  expect(session?.status).toBe('official')
  expect(session?.notes).toEqual([
    'Car #28 - Discontinued Participation',
    'Car #84 - 28 second post-race drive-through penalty for incident responsibility',
  ])
})

test('the real qualifying file (marked Unofficial) gives each class its pole: Loftsgard in DH, Luaces in DHL', () => {
  const converted = convertAlKamel(
    mustang,
    { id: 'r01', name: 'Race 1', type: 'race', date: '2026-06-06', results: 'results/r01.json' },
    { file: 'race-1.json', text: real('mid-ohio-2026-race-1.json') },
    { file: 'qualifying.json', text: real('mid-ohio-2026-qualifying.json') },
    {},
  )
  expect(converted.ok).toBe(true)
  if (!converted.ok) return
  const { results } = converted.value
  const poles = results.rows.filter((row) => row.pole === true).map((row) => row.car)
  expect(poles).toEqual(['42', '37'])
  // The fastest lap per class from the cars' own best laps: Loftsgard (DH), Tait (DHL).
  expect(results.rows.filter((row) => row.fastestLap === true).map((row) => row.car)).toEqual([
    '42',
    '8',
  ])
  expect(results.status).toBe('official')
  expect(results.notes).toEqual(['Car #28 - Discontinued Participation'])
  expect(results.rows.find((row) => row.car === '28')?.status).toBe('dns')
  expect(converted.value.newDrivers).toHaveLength(17)
})

test('an Al Kamel JSON file is told by its content, whatever its name: the browser import reads it as Al Kamel', () => {
  const read = readTimingFile('download', real('mid-ohio-2026-race-2.json'), mustang, {
    race: 'r01',
  })
  expect(read.format).toBe('alkamel')
  expect(read.outcome.ok).toBe(true)
  if (!read.outcome.ok) return
  expect(read.outcome.value.results.status).toBe('official')
  expect(read.outcome.value.results.notes).toHaveLength(2)
  expect(read.outcome.value.results.rows.map((row) => row.car).slice(0, 3)).toEqual([
    '22',
    '42',
    '34',
  ])
})

test('statuses as the JSON writes them: Not Classified, Disqualified, Not Started', () => {
  const text = session([
    car(1, '1', 'DH', 'One'),
    car(2, '2', 'DH', 'Two', { status: 'Not Classified' }),
    car(3, '3', 'DH', 'Three', { status: 'Disqualified' }),
    car(4, '4', 'DH', 'Four', { status: 'Not Started', position: 4, laps: '0' }),
  ])
  const read = readTimingFile('r.json', text, mustang, { race: 'r01' })
  expect(read.outcome.ok ? read.outcome.value.results.rows.map((row) => row.status) : []).toEqual([
    'classified',
    'nc',
    'dsq',
    'dns',
  ])
  expect(read.outcome.ok ? read.outcome.value.results.status : null).toBe('provisional')
})

test('bug: an official JSON file’s Classified car on 10 of 30 laps was retired on import (Harrison, Mid-Ohio race 2, scored 9th by the series)', () => {
  // Browser and CLI: the file's classification is the series' own, never the lap share's guess.
  const read = readTimingFile('r.json', real('mid-ohio-2026-race-2.json'), mustang, { race: 'r01' })
  const converted = convertAlKamel(
    mustang,
    { id: 'r01', name: 'Race 2', type: 'race', date: '2026-06-07', results: 'results/r01.json' },
    { file: 'race-2.json', text: real('mid-ohio-2026-race-2.json') },
    null,
    {},
  )
  for (const outcome of [read.outcome, converted]) {
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) continue
    expect(outcome.value.results.rows.find((row) => row.car === '21')).toMatchObject({
      status: 'classified',
      laps: 10,
    })
    expect(outcome.value.warnings.join('\n')).not.toMatch(/completed 10 of 30 laps/)
  }
})

test('a CSV export’s "Classified" still needs the share of the winner’s laps: it calls every running car so', () => {
  const csv = [
    'POSITION;NUMBER;STATUS;LAPS;CLASS;TEAM;DRIVER1_FIRSTNAME;DRIVER1_SECONDNAME;FL_TIME',
    '1;1;Classified;30;DH;Team;A;One;1:29.000',
    '2;2;Classified;10;DH;Team;A;Two;1:30.000',
  ].join('\n')
  const read = readTimingFile('r.csv', csv, mustang, { race: 'r01' })
  expect(read.outcome.ok ? read.outcome.value.results.rows.map((row) => row.status) : []).toEqual([
    'classified',
    'dnf',
  ])
})

test('a fault names the file and the JSON path: a class the season lacks, a position that is not a number', () => {
  const text = session([
    car(1, '1', 'GT4', 'One'),
    car(2, '2', 'DH', 'Two', { position: 'second' }),
  ])
  const read = readTimingFile('r.json', text, mustang, { race: 'r01' })
  expect(read.outcome.ok ? [] : read.outcome.errors).toEqual([
    'r.json: classification[1].position: expected a whole number, got "second"',
  ])
  const unknown = readTimingFile('r.json', session([car(1, '1', 'GT4', 'One')]), mustang, {
    race: 'r01',
  })
  expect(unknown.outcome.ok ? [] : unknown.outcome.errors).toEqual([
    'r.json: classification[0].class: unknown class "GT4" (the season has DH, DHL)',
  ])
  const shapeless = readTimingFile('r.json', '{"session": {}, "classification": [{}]}', mustang, {
    race: 'r01',
  })
  expect(shapeless.outcome.ok ? [] : shapeless.outcome.errors).toContain(
    'r.json: classification[0].number: expected the car number as text or a number, got nothing',
  )
})

test('a file whose name says Official while its report_mark says Provisional is refused, both named', () => {
  const converted = convertAlKamel(
    mustang,
    { id: 'r01', name: 'Race 1', type: 'race', date: '2026-06-06', results: 'results/r01.json' },
    { file: '03_Results_Race 1_Official.json', text: session([car(1, '1', 'DH', 'One')]) },
    null,
    { status: 'official' },
  )
  expect(converted.ok ? [] : converted.errors).toEqual([
    "03_Results_Race 1_Official.json: session.report_mark says Provisional, but the file's name says official: rename the file or check it is the right one",
  ])
})
