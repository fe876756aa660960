import Papa from 'papaparse'
import type { Parsed, TimingRow } from './alkamel-results.ts'
import { describeName, describeValue } from '../data/fault.ts'
import { parseRaceTime } from './race-time.ts'
import { asAlKamelWord } from './status-word.ts'
import { readWholeNumber } from './whole-number.ts'

/** The fields a generic results CSV can fill, and the column each is read from. */
export const CSV_FIELDS = [
  'position',
  'car',
  'class',
  'driver',
  'firstName',
  'lastName',
  'team',
  'status',
  'laps',
  'bestLap',
] as const
export type CsvField = (typeof CSV_FIELDS)[number]
export type CsvMapping = Readonly<Partial<Record<CsvField, string>>>

export interface CsvTable {
  readonly columns: ReadonlyArray<string>
  readonly rows: ReadonlyArray<ReadonlyArray<string>>
}

/** Any delimited text (`,`, `;` or tab, detected), BOM stripped, header on the first line. */
export function readCsvTable(text: string): CsvTable {
  const parsed = Papa.parse<Array<string>>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: 'greedy',
  })
  const [header = [], ...rows] = parsed.data
  return { columns: header.map((name) => name.trim()), rows }
}

const SYNONYMS: Readonly<Record<CsvField, ReadonlyArray<string>>> = {
  position: ['position', 'pos', 'place', 'p', 'rank', 'finish'],
  car: ['car', 'number', 'no', 'car number', '#', 'num'],
  class: ['class', 'category', 'cat', 'division'],
  driver: ['driver', 'drivers', 'name', 'driver name'],
  firstName: ['first name', 'firstname', 'given name'],
  lastName: ['last name', 'lastname', 'surname', 'family name'],
  team: ['team', 'entrant', 'team name'],
  status: ['status', 'result', 'classified'],
  laps: ['laps', 'lap count'],
  bestLap: ['best lap', 'fastest lap', 'best', 'fl time', 'best lap time'],
}

/** A first guess at the mapping from the column names (case, spaces and punctuation ignored). */
export function guessMapping(columns: ReadonlyArray<string>): CsvMapping {
  const normal = (name: string) =>
    name
      .toLowerCase()
      .replace(/[_\-.]+/g, ' ')
      .trim()
  const mapping: Partial<Record<CsvField, string>> = {}
  for (const field of CSV_FIELDS) {
    const found = columns.find((column) => SYNONYMS[field].includes(normal(column)))
    if (found !== undefined) mapping[field] = found
  }
  return mapping
}

/** What the mapping still lacks to read a result: a car, a position, a class and a driver. */
function missingFields(mapping: CsvMapping): ReadonlyArray<string> {
  const missing: Array<string> = []
  if (mapping.car === undefined) missing.push('car')
  if (mapping.position === undefined) missing.push('position')
  if (mapping.class === undefined) missing.push('class')
  if (mapping.driver === undefined && mapping.lastName === undefined)
    missing.push('driver (or last name)')
  return missing
}

/**
 * Rows of a generic results CSV read through a column mapping (docs/importing.md#generic-csv).
 * An empty position is a non-starter unless the status says otherwise; a driver column may
 * hold several names separated by "/" or ";"; the last word of a name is the surname.
 */
export function mappedRows(
  table: CsvTable,
  mapping: CsvMapping,
  file: string,
): Parsed<ReadonlyArray<TimingRow>> {
  const missing = missingFields(mapping)
  if (missing.length > 0)
    return { ok: false, errors: [`${file}: choose the column for ${missing.join(', ')}`] }
  const index = (field: CsvField) =>
    mapping[field] === undefined ? -1 : table.columns.indexOf(mapping[field] ?? '')
  const errors: Array<string> = []
  const seen = new Map<string, number>()
  const rows = table.rows.map((record, i): TimingRow => {
    const line = i + 2
    const cell = (field: CsvField) => (index(field) >= 0 ? (record[index(field)] ?? '').trim() : '')
    const car = cell('car')
    if (car === '')
      errors.push(
        `${file} line ${line}, column ${describeName(mapping.car ?? '')}: the car number is empty`,
      )
    const previous = seen.get(car)
    if (car !== '' && previous !== undefined)
      errors.push(
        `${file} line ${line}, column ${describeName(mapping.car ?? '')}: car ${describeValue(car)} appears twice (also line ${previous})`,
      )
    seen.set(car, line)
    const positionText = cell('position')
    const at = (field: CsvField) =>
      `${file} line ${line}, column ${describeName(mapping[field] ?? '')}`
    // A position that is not a number ("DNF", "-") is a car without a place, as in a sheet.
    const place = /^\d+$/.test(positionText) ? readWholeNumber(positionText, at('position')) : null
    const laps = readWholeNumber(cell('laps'), at('laps'))
    for (const read of [place, laps]) if (read?.error != null) errors.push(read.error)
    const position = place?.value ?? null
    const bestLap = cell('bestLap') || null
    const bestLapSeconds = bestLap === null ? null : parseRaceTime(bestLap)
    if (bestLap !== null && bestLapSeconds === null)
      errors.push(
        `${file} line ${line}, column ${describeName(mapping.bestLap ?? '')}: unreadable time ${describeValue(bestLap)}`,
      )
    const names =
      mapping.driver !== undefined
        ? cell('driver')
            .split(/\s*[/;]\s*/)
            .filter((n) => n !== '')
        : [`${cell('firstName')} ${cell('lastName')}`.trim()]
    const drivers = names.map((name) => {
      const parts = name.split(/\s+/)
      return { first: parts.slice(0, -1).join(' '), last: parts.at(-1) ?? '', country: null }
    })
    // In the Al Kamel words toRaceResults reads; a word off the CSV list stays for it to refuse.
    const written = cell('status')
    const status =
      written !== '' ? asAlKamelWord(written) : position === null ? 'Not started' : 'Classified'
    return {
      line,
      car,
      position,
      status,
      laps: laps.value,
      totalTime: null,
      bestLap,
      bestLapSeconds,
      team: cell('team'),
      classLabel: cell('class'),
      drivers,
    }
  })
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: rows, warnings: [] }
}
