import { z } from 'zod/mini'
import { checkSchema } from '../data/check-schema.ts'
import { formatFault } from '../data/fault.ts'
import type { Season } from '../engine/types.ts'
import type { Parsed, TimingRow } from './alkamel-results.ts'
import { parseRaceTime } from './race-time.ts'

const resultSchema = z.object({
  number: z.string(),
  position: z.string(),
  positionText: z.string(),
  grid: z.optional(z.string()),
  laps: z.optional(z.string()),
  status: z.optional(z.string()),
  Driver: z.object({ givenName: z.string(), familyName: z.string() }),
  Constructor: z.object({ name: z.string() }),
  Time: z.optional(z.object({ time: z.string() })),
  FastestLap: z.optional(
    z.object({ rank: z.optional(z.string()), Time: z.optional(z.object({ time: z.string() })) }),
  ),
})

const ergastSchema = z.object({
  MRData: z.object({
    RaceTable: z.object({
      Races: z.array(
        z.object({ raceName: z.optional(z.string()), Results: z.array(resultSchema) }),
      ),
    }),
  }),
})

/** positionText: a number (classified), R retired, D/E disqualified or excluded, W/F did not start, N not classified. */
function statusOf(positionText: string): { status: string; started: boolean } {
  if (/^\d+$/.test(positionText)) return { status: 'Classified', started: true }
  switch (positionText) {
    case 'R':
      return { status: 'Retired', started: true }
    case 'D':
    case 'E':
      return { status: 'Disqualified', started: true }
    case 'N':
      return { status: 'Not classified', started: true }
    default:
      return { status: 'Not started', started: false }
  }
}

/**
 * Ergast/Jolpica race results JSON (docs/importing.md): every value is a string; the sheet order
 * is `position`; `positionText` says who was classified. The series has no classes in this
 * format, so every car goes into the season's first class. The car on grid 1 takes the pole.
 */
export function parseErgastResults(
  text: string,
  file: string,
  season: Season,
): Parsed<{ readonly rows: ReadonlyArray<TimingRow>; readonly grid: ReadonlyArray<TimingRow> }> {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return {
      ok: false,
      errors: [
        `${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`,
      ],
    }
  }
  const parsed = checkSchema(file, json, ergastSchema)
  if (!parsed.ok) return { ok: false, errors: parsed.faults.map(formatFault) }
  const race = parsed.value.MRData.RaceTable.Races[0]
  if (race === undefined) return { ok: false, errors: [`${file}: MRData.RaceTable.Races is empty`] }
  const classLabel = season.classes[0]?.name ?? ''
  const warnings =
    season.classes.length > 1
      ? [`${file}: Ergast files have no classes; every car is put in ${classLabel}`]
      : []
  const rows = race.Results.map((result, i): TimingRow => {
    const { status, started } = statusOf(result.positionText)
    const bestLap = result.FastestLap?.Time?.time ?? null
    return {
      line: i + 1,
      car: result.number,
      position: started ? Number(result.position) : null,
      status,
      laps: result.laps === undefined ? null : Number(result.laps),
      totalTime: result.Time?.time ?? null,
      bestLap,
      bestLapSeconds: bestLap === null ? null : parseRaceTime(bestLap),
      team: result.Constructor.name,
      classLabel,
      drivers: [{ first: result.Driver.givenName, last: result.Driver.familyName, country: null }],
    }
  })
  const grid = rows
    .filter((_, i) => race.Results[i]?.grid === '1')
    .map((row) => ({ ...row, position: 1 }))
  return { ok: true, value: { rows, grid }, warnings }
}
