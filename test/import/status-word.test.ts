import { expect, test } from 'vitest'
import type { RowStatus } from '../../src/engine/types.ts'
import { convertAlKamel } from '../../src/import/convert-alkamel.ts'
import { readTimingFile } from '../../src/import/read-timing-file.ts'
import {
  AL_KAMEL_STATUS_WORDS,
  CSV_STATUS_WORDS,
  statusWord,
  type StatusReading,
} from '../../src/import/status-word.ts'
import { imsaCsv, type CarLine } from '../fixtures/alkamel.ts'
import { makeSeason } from '../fixtures/build.ts'

const IF_DISTANCE = 'classified-if-distance'

/** Every word of the Al Kamel list, with the status docs/importing.md#status-words gives it. */
const AL_KAMEL: Readonly<Record<string, StatusReading>> = {
  Classified: IF_DISTANCE,
  'Not classified': 'nc',
  Retired: 'dnf',
  'Not started': 'dns',
  Disqualified: 'dsq',
  Excluded: 'dsq',
  '': IF_DISTANCE,
}

/** Every word of the generic CSV list (the Al Kamel words too), with its documented status. */
const CSV: Readonly<Record<string, StatusReading>> = {
  ...AL_KAMEL,
  ...Object.fromEntries(
    [
      ...['Finished', 'Finish', 'Running', 'Lapped', 'Klassifiziert', 'Gewertet', 'Im Ziel'],
      ...['Classé', 'Arrivé', 'Classificato', 'Arrivato', 'Clasificado'],
    ].map((w) => [w, IF_DISTANCE]),
  ),
  ...Object.fromEntries(
    [
      ...['DNF', 'Ret', 'Retirement', 'Did not finish', 'Accident', 'Abandon', 'Abandoned'],
      ...['Ausgeschieden', 'Aufgegeben', 'Ausfall', 'Abandonné', 'Ritirato', 'Retirado'],
      'Abandono',
    ].map((w) => [w, 'dnf']),
  ),
  ...Object.fromEntries(
    [
      ...['DQ', 'DSQ', 'Disq', 'Disqualification', 'Black flag', 'Exclusion'],
      ...['Disqualifiziert', 'Disqualifié', 'Squalificato', 'Descalificado'],
    ].map((w) => [w, 'dsq']),
  ),
  ...Object.fromEntries(
    [
      ...['DNS', 'Did not start', 'Non starter', 'Withdrawn', 'Withdrew', 'WD', 'DNQ'],
      ...['Did not qualify', 'Nicht gestartet', 'Non partant', 'Non partito'],
    ].map((w) => [w, 'dns']),
  ),
  ...Object.fromEntries(
    [
      ...['NC', 'Unclassified', 'Nicht klassifiziert', 'Nicht gewertet', 'Non classé'],
      ...['Non classificato', 'No clasificado'],
    ].map((w) => [w, 'nc']),
  ),
}

test('every word of each closed list reads as documented, and the lists hold no other word', () => {
  const words = (list: ReadonlyArray<readonly [string, StatusReading]>) =>
    list.map(([word]) => word).toSorted()
  expect(words(AL_KAMEL_STATUS_WORDS)).toEqual(Object.keys(AL_KAMEL).toSorted())
  expect(words(CSV_STATUS_WORDS)).toEqual(Object.keys(CSV).toSorted())
  for (const [word, reading] of Object.entries(AL_KAMEL))
    expect([word, statusWord('alkamel', word)]).toEqual([word, reading])
  for (const [word, reading] of Object.entries(CSV))
    expect([word, statusWord('csv', word)]).toEqual([word, reading])
})

test.each([
  // The words of real Al Kamel files (JSON of 2026, IMSA CSV, the live feed's codes).
  ['alkamel', 'Not Classified', 'nc'],
  ['alkamel', 'Not Started', 'dns'],
  ['alkamel', 'NOT_CLASSIFIED', 'nc'],
  ['alkamel', 'NOT_STARTED', 'dns'],
  ['alkamel', 'CLASSIFIED', IF_DISTANCE],
  ['alkamel', 'RETIRED', 'dnf'],
  ['alkamel', 'DISQUALIFIED', 'dsq'],
  ['alkamel', 'EXCLUDED', 'dsq'],
  // Case, spaces and accents ignored.
  ['csv', '  did   NOT finish ', 'dnf'],
  ['csv', 'BLACK-FLAG', 'dsq'],
  ['csv', 'abandonne', 'dnf'],
  ['csv', 'NON CLASSE', 'nc'],
  // A lap deficit is a car running at the finish.
  ['csv', '+1 Lap', IF_DISTANCE],
  ['csv', '+2 Laps', IF_DISTANCE],
  ['csv', '16 Laps', IF_DISTANCE],
  ['csv', '+1 Runde', IF_DISTANCE],
  ['csv', '+3 tours', IF_DISTANCE],
  // Not on the list: refused, never classified.
  ['alkamel', 'DNF', null],
  ['alkamel', '+1 Lap', null],
  ['alkamel', 'Banana', null],
  ['csv', 'Banana', null],
  ['csv', 'Finished?', null],
  ['csv', 'Retired (Accident)', null],
  ['csv', 'Lap', null],
  ['csv', '+1.5 Laps', null],
  ['csv', 'D.N.F.', null],
] as const)('%s list: %j reads as %s', (list, word, reading) => {
  expect(statusWord(list, word)).toBe(reading)
})

const season = makeSeason()
const race = season.rounds[0]?.races[0]
if (race === undefined) throw new Error('makeSeason has no race')
const ALKAMEL_FILE = '03_Results_Race_Official.csv'
const car = (
  number: string,
  status: string,
  position: number | null = Number(number),
): CarLine => ({
  position,
  number,
  status,
  laps: 30,
  team: 'Team 1',
  cls: 'Pro',
  drivers: [['Driver', number.padStart(2, '0'), 'USA']],
})
const alKamel = (
  cars: ReadonlyArray<CarLine>,
  overrides: ReadonlyMap<string, RowStatus> = new Map(),
) =>
  convertAlKamel(season, race, { file: ALKAMEL_FILE, text: imsaCsv(cars) }, null, {
    statusOverrides: overrides,
  })
const sheet = (
  lines: ReadonlyArray<string>,
  overrides: ReadonlyMap<string, RowStatus> = new Map(),
) =>
  readTimingFile(
    'sheet.csv',
    ['Pos,No.,Class,Driver,Team,Laps,Status', ...lines].join('\n'),
    season,
    { race: 'r01', statusOverrides: overrides },
  ).outcome
const statuses = (outcome: ReturnType<typeof sheet>) =>
  outcome.ok ? outcome.value.results.rows.map((r) => [r.car, r.status]) : outcome.errors

const NINE = ['DQ', 'Black flag', 'Did not finish', 'Withdrawn', 'Retirement', 'Accident']
  .concat(['Abandon', 'Ausgeschieden', 'Aufgegeben'])
  .map((word, i) => ({ car: String(i + 2), word }))

test('unknown status words become classified finishers (issue 22 #6)', () => {
  // A spreadsheet CSV (the browser's import): each word is read as what it says.
  const csv = sheet([
    '1,1,Pro,Driver 01,Team 1,30,Classified',
    ...NINE.map(
      ({ car: n, word }) => `${n},${n},Pro,Driver ${n.padStart(2, '0')},Team 1,30,${word}`,
    ),
  ])
  expect(statuses(csv)).toEqual([
    ['1', 'classified'],
    ...[['dsq'], ['dsq'], ['dnf'], ['dns'], ['dnf'], ['dnf'], ['dnf'], ['dnf'], ['dnf']].map(
      ([status], i) => [String(i + 2), status],
    ),
  ])
  // An Al Kamel file (`pitboard import` and `watch`): none is an Al Kamel word, each is refused.
  const timing = alKamel([car('1', 'Classified'), ...NINE.map(({ car: n, word }) => car(n, word))])
  expect(timing.ok).toBe(false)
  const errors = timing.ok ? [] : timing.errors
  expect(errors).toHaveLength(9)
  NINE.forEach(({ word }, i) =>
    expect(errors[i]).toContain(
      `${ALKAMEL_FILE} line ${i + 3}, column STATUS: unknown status "${word}" for car ${i + 2}`,
    ),
  )
})

const HOW_TO_FIX =
  "(the known words: docs/importing.md#status-words); correct the cell, or set the car's status on import"

test('an unknown word is refused with file, line, column and the word — with or without a place', () => {
  const timing = alKamel([
    car('1', 'Classified'),
    car('12', 'Banana', 2),
    car('14', 'Gone\u0007', null),
  ])
  expect(timing.ok ? [] : timing.errors).toEqual([
    `${ALKAMEL_FILE} line 3, column STATUS: unknown status "Banana" for car 12 ${HOW_TO_FIX}: --status 12=dnf (classified, dnf, dns, dsq or nc)`,
    `${ALKAMEL_FILE} line 4, column STATUS: unknown status "Gone\\u0007" for car 14 ${HOW_TO_FIX}: --status 14=dnf (classified, dnf, dns, dsq or nc)`,
  ])
  const csv = sheet(['1,1,Pro,Driver 01,Team 1,30,', '2,5,Pro,Driver 05,Team 1,30,Finished?'])
  expect(statuses(csv)).toEqual([
    `sheet.csv line 3, column STATUS: unknown status "Finished?" for car 5 ${HOW_TO_FIX}: --status 5=dnf (classified, dnf, dns, dsq or nc)`,
  ])
})

test('a status set on import beats the refusal (the review, --status)', () => {
  const timing = alKamel([car('1', 'Classified'), car('12', 'Banana', 2)], new Map([['12', 'dnf']]))
  expect(
    timing.ok ? timing.value.results.rows.map((r) => [r.car, r.status, r.reason]) : timing.errors,
  ).toEqual([
    ['1', 'classified', null],
    ['12', 'dnf', 'status set on import'],
  ])
  const csv = sheet(['1,1,Pro,Driver 01,Team 1,30,Banana'], new Map([['1', 'classified']]))
  expect(statuses(csv)).toEqual([['1', 'classified']])
})

test('empty cells and lap deficits in a spreadsheet CSV: classified by distance, no place is DNS', () => {
  const csv = sheet([
    '1,1,Pro,Driver 01,Team 1,30,',
    '2,2,Pro,Driver 02,Team 1,29,+1 Lap',
    '3,3,Pro,Driver 03,Team 1,10,Finished',
    ',4,Pro,Driver 04,Team 1,0,',
  ])
  expect(statuses(csv)).toEqual([
    ['1', 'classified'],
    ['2', 'classified'],
    ['3', 'dnf'],
    ['4', 'dns'],
  ])
})
