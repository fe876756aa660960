import Papa from 'papaparse'
import { describeName, describeValue } from '../data/fault.ts'
import { parseRaceTime } from './race-time.ts'
import { readWholeNumber } from './whole-number.ts'

/** One car of an Al Kamel results file, as written, with the line it came from. */
export interface TimingRow {
  readonly line: number
  /** Where a JSON file has this car ("classification[3]"); messages name it instead of a line. */
  readonly jsonPath?: string
  readonly car: string
  /** POSITION (race) or POS (qualifying); null when empty (a non-starter). */
  readonly position: number | null
  readonly status: string
  readonly laps: number | null
  readonly totalTime: string | null
  /** The car's fastest lap (FL_TIME in races, TIME in qualifying), and in seconds. */
  readonly bestLap: string | null
  readonly bestLapSeconds: number | null
  readonly team: string
  readonly classLabel: string
  readonly drivers: ReadonlyArray<{
    readonly first: string
    readonly last: string
    readonly country: string | null
  }>
}

/**
 * Where a message about one cell of a timing row points: "race.csv line 5, column CLASS", or in
 * a JSON file "race.json: classification[3].class". Without a column: the row.
 */
export function whereIn(file: string, row: TimingRow, column?: string): string {
  if (row.jsonPath !== undefined)
    return `${file}: ${row.jsonPath}${column === undefined ? '' : `.${column.toLowerCase()}`}`
  return `${file} line ${row.line}${column === undefined ? '' : `, column ${column}`}`
}

export type Parsed<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: ReadonlyArray<string> }
  | { readonly ok: false; readonly errors: ReadonlyArray<string> }

/**
 * Reads an Al Kamel results CSV (docs/importing.md): the IMSA layout with numbered driver
 * blocks, the single-driver layout, and the practice/qualifying layout. BOM, `;` with a trailing
 * `;`, quoted fields and padded header names are handled by the CSV parser and by matching
 * columns by trimmed, upper-cased name. Car numbers stay text ("07" is not "7"). Every problem is
 * reported with its line and column; nothing is returned half-read.
 */
export function parseAlKamelResults(text: string, file: string): Parsed<ReadonlyArray<TimingRow>> {
  const parsed = Papa.parse<Array<string>>(text.replace(/^\uFEFF/, ''), {
    delimiter: ';',
    skipEmptyLines: 'greedy',
  })
  const [header, ...records] = parsed.data
  if (header === undefined) return { ok: false, errors: [`${file}: the file is empty`] }
  const columns = header.map((name) => name.trim().toUpperCase())
  const at = (name: string) => columns.indexOf(name)
  const positionColumn = at('POSITION') >= 0 ? 'POSITION' : 'POS'
  const isRace = positionColumn === 'POSITION'
  const required = [
    positionColumn,
    'NUMBER',
    'CLASS',
    'TEAM',
    ...(isRace ? ['STATUS', 'LAPS'] : ['TIME']),
  ]
  const missing = required.filter((name) => at(name) < 0)
  if (missing.length > 0)
    return {
      ok: false,
      errors: missing.map(
        (name) => `${file} line 1: missing required column ${describeName(name)}`,
      ),
    }
  const driverBlocks = columns.flatMap((name, index) => {
    const match = /^DRIVER(\d*)_FIRSTNAME$/.exec(name)
    return match === null ? [] : [{ prefix: `DRIVER${match[1] ?? ''}_`, first: index }]
  })
  const errors: Array<string> = []
  const warnings: Array<string> = []
  const seen = new Map<string, number>()
  const rows: Array<TimingRow> = []
  records.forEach((record, index) => {
    const line = index + 2
    const cell = (name: string) => (at(name) >= 0 ? (record[at(name)] ?? '').trim() : '')
    const whole = (name: string): number | null => {
      const read = readWholeNumber(cell(name), `${file} line ${line}, column ${describeName(name)}`)
      if (read.error !== null) errors.push(read.error)
      return read.value
    }
    const car = cell('NUMBER')
    if (car === '') {
      errors.push(`${file} line ${line}, column NUMBER: the car number is empty`)
      return
    }
    const previous = seen.get(car)
    if (previous !== undefined)
      errors.push(
        `${file} line ${line}, column NUMBER: car ${describeValue(car)} appears twice (also line ${previous})`,
      )
    seen.set(car, line)
    const timeColumn = isRace ? 'FL_TIME' : 'TIME'
    const bestLap = cell(timeColumn) || null
    const bestLapSeconds = bestLap === null ? null : parseRaceTime(bestLap)
    if (bestLap !== null && bestLapSeconds === null)
      errors.push(
        `${file} line ${line}, column ${describeName(timeColumn)}: unreadable time ${describeValue(bestLap)}`,
      )
    const classLabel = cell('CLASS')
    if (classLabel === '') errors.push(`${file} line ${line}, column CLASS: the class is empty`)
    const drivers = driverBlocks.flatMap(({ prefix }) => {
      const first = cell(`${prefix}FIRSTNAME`)
      const last = cell(`${prefix}SECONDNAME`)
      if (first === '' && last === '') return []
      return [{ first, last, country: cell(`${prefix}COUNTRY`) || null }]
    })
    if (drivers.length === 0)
      warnings.push(`${file} line ${line}: car ${describeName(car)} names no driver`)
    rows.push({
      line,
      car,
      position: whole(positionColumn),
      status: isRace ? cell('STATUS') : 'Classified',
      laps: whole('LAPS'),
      totalTime: cell('TOTAL_TIME') || null,
      bestLap,
      bestLapSeconds,
      team: cell('TEAM'),
      classLabel,
      drivers,
    })
  })
  if (parsed.errors.length > 0)
    for (const error of parsed.errors)
      errors.push(`${file} line ${(error.row ?? 0) + 1}: ${error.message}`)
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: rows, warnings }
}
