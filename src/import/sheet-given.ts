import type { RaceResults, ResultRow, Season } from '../engine/types.ts'
import type { OfficialSheet } from './alkamel-points.ts'
import type { Parsed } from './alkamel-results.ts'
import { normalName } from './name-match.ts'

/** The points an official sheet pays, read off the sheet itself (docs/importing.md#start-from-a-sheet). */
export interface SheetScale {
  /** Every race-points value the sheet pays, highest first: place i+1 pays `points[i]`. */
  readonly points: ReadonlyArray<number>
  /** The pole and fastest-lap bonuses; null where the sheet pays none. */
  readonly pole: number | null
  readonly fastestLap: number | null
}

export interface GivenOptions {
  /** The class and team ids of the rows (a sheet is one class; it names no team). */
  readonly class: string
  readonly team: string
  /** Where the points come from, for the file's `source.note`. */
  readonly note: string
  /** The car text of a driver (a sheet gives no car numbers); default the driver id. */
  readonly car?: (driver: string) => string
}

/**
 * The scale of an official sheet: the race-points values it pays, highest first, and its one pole
 * and one fastest-lap value. Two different bonus values are refused: the sheet says no one rule.
 */
export function sheetScale(sheet: OfficialSheet): Parsed<SheetScale> {
  const races = sheet.entries.flatMap((entry) => entry.races)
  const distinct = (values: ReadonlyArray<number>) =>
    [...new Set(values.filter((v) => v > 0))].toSorted((a, b) => b - a)
  const points = distinct(races.map((r) => r.race))
  const errors: Array<string> = []
  const bonus = (name: string, values: ReadonlyArray<number>): number | null => {
    if (values.length > 1)
      errors.push(
        `${sheet.title}: ${name} points differ (${values.join(', ')}): expected one value`,
      )
    return values[0] ?? null
  }
  const pole = bonus('pole', distinct(races.map((r) => r.pole)))
  const fastestLap = bonus('fastest-lap', distinct(races.map((r) => r.fastestLap)))
  return errors.length > 0
    ? { ok: false, errors }
    : { ok: true, value: { points, pole, fastestLap }, warnings: [] }
}

/**
 * An official sheet's sessions as result files of given points (docs/data-format.md#given-points):
 * for each `{ session, race }`, one row per entry with points there, at the place its race points
 * stand for on the sheet's own scale; an entry with no points in a session did not take part.
 * Entries are matched to the season's drivers by name (name-match.ts); an entry with points and
 * no driver, or bonus points without race points (no place to stand at), is refused by name.
 */
export function sheetToGivenResults(
  sheet: OfficialSheet,
  season: Season,
  sessions: ReadonlyArray<{ readonly session: number; readonly race: string }>,
  options: GivenOptions,
): Parsed<ReadonlyArray<RaceResults>> {
  const scale = sheetScale(sheet)
  if (!scale.ok) return scale
  const drivers = new Map(season.drivers.map((d) => [normalName(d.name), d.id]))
  const errors: Array<string> = []
  const files = sessions.map(({ session, race }): RaceResults => {
    const rows: Array<ResultRow> = []
    for (const entry of sheet.entries) {
      const points = entry.races.find((r) => r.session === session)
      if (points === undefined || (points.total === 0 && points.race === 0)) continue
      const where = `${sheet.title}, ${entry.name}, session ${session}`
      const driver = drivers.get(normalName(entry.name))
      const place = scale.value.points.indexOf(points.race) + 1
      if (driver === undefined)
        errors.push(`${where}: "${entry.name}" is not a driver of the season`)
      else if (place === 0)
        errors.push(
          `${where}: ${points.total} points without race points: no place on the scale to stand at`,
        )
      else rows.push(givenRow(driver, place, points, options))
    }
    return {
      format: 'pitboard-results/1',
      race,
      status: 'official',
      rows: rows.toSorted((a, b) => (a.position ?? 0) - (b.position ?? 0)),
      source: { kind: 'official', note: options.note },
    }
  })
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: files, warnings: [] }
}

function givenRow(
  driver: string,
  place: number,
  points: OfficialSheet['entries'][number]['races'][number],
  options: GivenOptions,
): ResultRow {
  return {
    car: options.car?.(driver) ?? driver.slice(0, 20),
    drivers: [driver],
    team: options.team,
    class: options.class,
    status: 'classified',
    position: place,
    given: {
      // The sheet's extra points count as race points (docs/importing.md#reconcile).
      race: points.race + points.extra,
      ...(points.pole > 0 ? { pole: points.pole } : {}),
      ...(points.fastestLap > 0 ? { fastestLap: points.fastestLap } : {}),
      ...(points.penalty > 0 ? { penalty: points.penalty } : {}),
    },
  }
}
