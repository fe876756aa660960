import { z } from 'zod/mini'
import { checkSchema } from '../data/check-schema.ts'
import { describeValue, formatFault } from '../data/fault.ts'
import type { RaceStatus } from '../engine/types.ts'
import type { Parsed, TimingRow } from './alkamel-results.ts'
import { parseRaceTime } from './race-time.ts'

/** What an Al Kamel JSON session says besides its cars (docs/importing.md#al-kamel-json). */
export interface AlKamelSession {
  /** `report_mark`: Official, Provisional or Unofficial; null when the file gives none. */
  readonly status: RaceStatus | null
  /** The mark as written, for messages ("Unofficial"). */
  readonly mark: string
  /** The stewards' decisions of `report_message`, one per line ("Car #84 - 28 second …"). */
  readonly notes: ReadonlyArray<string>
  /** "Race 2", "Qualifying": the session as the file names it. */
  readonly name: string
}

const textOrNumber = (what: string) =>
  z.union([z.string(), z.number()], { error: `expected ${what} as text or a number` })
const text = z.optional(z.nullable(textOrNumber('text')))

const driverSchema = z.object({ firstname: text, surname: text, country: text })

const carSchema = z.object({
  status: z.string(),
  position: z.nullable(textOrNumber('the position')),
  number: textOrNumber('the car number'),
  laps: text,
  elapsed_time: text,
  fastest_lap_time: text,
  time: text,
  team: text,
  class: z.string(),
  drivers: z.array(driverSchema),
})

const sessionFileSchema = z.object({
  session: z.object({
    session_name: text,
    session_type: text,
    report_mark: text,
    report_message: text,
  }),
  classification: z.array(carSchema),
})

/** Whether a parsed JSON value is an Al Kamel session file (a `session` and a `classification`). */
export function isAlKamelSession(json: unknown): boolean {
  return (
    typeof json === 'object' &&
    json !== null &&
    'session' in json &&
    'classification' in json &&
    !('championship' in json)
  )
}

const MARKS: ReadonlyArray<readonly [string, RaceStatus]> = [
  ['official', 'official'],
  ['provisional', 'provisional'],
  ['unofficial', 'provisional'],
]

const word = (value: string | number | null | undefined) =>
  value === null || value === undefined ? '' : String(value).trim()

/**
 * An Al Kamel JSON session file (IMSA's results portal, 2024 on; docs/importing.md#al-kamel-json)
 * to timing rows, the same rows the CSV gives: positions overall with the class in a column,
 * statuses as written ("Not Classified"), several drivers per car, the car's best lap
 * (`fastest_lap_time` in a race, `time` in qualifying). The session's `report_mark` and the
 * stewards' decisions in `report_message` come with it. Fields the contract does not use are
 * ignored; every problem names the file and its JSON path.
 */
export function parseAlKamelJson(
  json: unknown,
  file: string,
): Parsed<{ readonly rows: ReadonlyArray<TimingRow>; readonly session: AlKamelSession }> {
  const checked = checkSchema(file, json, sessionFileSchema)
  if (!checked.ok) return { ok: false, errors: checked.faults.map(formatFault) }
  const { session, classification } = checked.value
  const errors: Array<string> = []
  const warnings: Array<string> = []
  const isRace = word(session.session_type).toLowerCase().startsWith('race')
  const seen = new Map<string, number>()
  const rows = classification.map((car, i): TimingRow => {
    const at = `classification[${i}]`
    const number = word(car.number)
    if (number === '') errors.push(`${file}: ${at}.number: the car number is empty`)
    const previous = seen.get(number)
    if (previous !== undefined)
      errors.push(
        `${file}: ${at}.number: car ${describeValue(number)} appears twice (also classification[${previous}])`,
      )
    seen.set(number, i)
    const position = wholeOrNull(car.position, `${file}: ${at}.position`, errors)
    const laps = wholeOrNull(car.laps ?? null, `${file}: ${at}.laps`, errors)
    const bestLap = word(isRace ? car.fastest_lap_time : car.time) || null
    const bestLapSeconds = bestLap === null ? null : parseRaceTime(bestLap)
    if (bestLap !== null && bestLapSeconds === null)
      errors.push(
        `${file}: ${at}.${isRace ? 'fastest_lap_time' : 'time'}: unreadable time ${describeValue(bestLap)}`,
      )
    const drivers = car.drivers.flatMap((d) => {
      const first = word(d.firstname)
      const last = word(d.surname)
      return first === '' && last === '' ? [] : [{ first, last, country: word(d.country) || null }]
    })
    if (drivers.length === 0) warnings.push(`${file}: ${at}: car ${number} names no driver`)
    return {
      line: i + 1,
      jsonPath: at,
      car: number,
      // A car that did not start has no place, whatever number the file puts there.
      position: word(car.status).toLowerCase() === 'not started' ? null : position,
      status: isRace ? word(car.status) : 'Classified',
      laps,
      totalTime: word(car.elapsed_time) || null,
      bestLap,
      bestLapSeconds,
      team: word(car.team),
      classLabel: word(car.class),
      drivers,
    }
  })
  if (errors.length > 0) return { ok: false, errors }
  const mark = word(session.report_mark)
  const status = MARKS.find(([name]) => name === mark.toLowerCase())?.[1] ?? null
  if (mark !== '' && status === null)
    warnings.push(
      `${file}: session.report_mark: unknown mark ${describeValue(mark)} (expected Official, Provisional or Unofficial)`,
    )
  const notes = word(session.report_message)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
  return {
    ok: true,
    value: { rows, session: { status, mark, notes, name: word(session.session_name) } },
    warnings,
  }
}

function wholeOrNull(
  value: string | number | null,
  where: string,
  errors: Array<string>,
): number | null {
  const written = word(value)
  if (written === '' || written === '-') return null
  if (/^\d+$/.test(written)) return Number(written)
  errors.push(`${where}: expected a whole number, got ${describeValue(value)}`)
  return null
}
