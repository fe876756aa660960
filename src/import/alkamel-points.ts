import { z } from 'zod/mini'
import { checkSchema } from '../data/check-schema.ts'
import { formatFault } from '../data/fault.ts'
import type { Parsed } from './alkamel-results.ts'
import { parseJsonText } from './alkamel-sheet.ts'

/** One entry's points in one session of an official points sheet. */
export interface OfficialRacePoints {
  /** `session_index`: 1 for the championship's first race. */
  readonly session: number
  readonly race: number
  readonly pole: number
  readonly fastestLap: number
  /** `extra_points_1` + `extra_points_2` (and participation points where the sheet gives them). */
  readonly extra: number
  readonly penalty: number
  readonly total: number
  /** Whether any of the session's points are not valid for the net total: a dropped result. */
  readonly dropped: boolean
}

export interface OfficialEntry {
  /** The entry as the sheet names it (`key`): "Cole Loftsgard". */
  readonly name: string
  readonly position: number | null
  readonly total: number
  readonly net: number
  readonly races: ReadonlyArray<OfficialRacePoints>
}

/** An official Al Kamel points sheet (`POINTS DATA`, docs/importing.md#official-points-sheets). */
export interface OfficialSheet {
  /** "Mustang Challenge DH Drivers". */
  readonly title: string
  readonly year: string
  /** When the sheet was made, as written ("12-06-2026 11:06:35"). */
  readonly created: string
  /**
   * The championship's races by `session_index`: "Mid-Ohio Round 5", and the event it is part of
   * as the sheet names it ("Mid-Ohio"; null when it names none).
   */
  readonly sessions: ReadonlyArray<{
    readonly index: number
    readonly name: string
    readonly event: string | null
  }>
  readonly entries: ReadonlyArray<OfficialEntry>
}

const num = z.optional(z.nullable(z.number()))
const flag = z.optional(z.nullable(z.boolean()))

const sessionPointsSchema = z.object({
  session_index: z.number(),
  total_points: num,
  race_points: num,
  race_points_valid_for_net_points: flag,
  pole_points: num,
  pole_points_valid_for_net_points: flag,
  fastest_lap_points: num,
  fastest_lap_points_valid_for_net_points: flag,
  extra_points_1: num,
  extra_points_2: num,
  extra_participation_points: num,
  penalty_points: num,
})

const sheetSchema = z.object({
  championship: z.object({
    name: z.optional(z.string()),
    main_title: z.optional(z.string()),
    year: z.optional(z.union([z.string(), z.number()])),
    creation_date: z.optional(z.string()),
    sessions: z.array(
      z.object({
        session_index: z.number(),
        event_name: z.optional(z.string()),
        session_name: z.optional(z.string()),
      }),
    ),
  }),
  classification: z.array(
    z.object({
      key: z.string(),
      position: z.optional(z.nullable(z.number())),
      total_points: z.number(),
      total_net_points: num,
      points_by_session: z.array(sessionPointsSchema),
    }),
  ),
})

/** Whether a parsed JSON value is an official points sheet (`championship` and `classification`). */
export function isPointsSheet(json: unknown): boolean {
  return (
    typeof json === 'object' && json !== null && 'championship' in json && 'classification' in json
  )
}

/**
 * Reads an official points sheet (IMSA / Al Kamel `POINTS DATA` JSON): per entry its total, net
 * total and, per session, race, pole, fastest-lap, extra and penalty points, and whether they were
 * dropped (`*_valid_for_net_points` false). Every fault names the file and JSON path.
 */
export function parsePointsSheet(text: string, file: string): Parsed<OfficialSheet> {
  const parsed = parseJsonText(text, file)
  if (parsed === null)
    return { ok: false, errors: [`${file}: not a JSON file (an official points sheet is JSON)`] }
  if ('error' in parsed) return { ok: false, errors: [parsed.error] }
  if (!isPointsSheet(parsed.json))
    return {
      ok: false,
      errors: [
        `${file}: not an official points sheet (expected an object with "championship" and "classification")`,
      ],
    }
  const checked = checkSchema(file, parsed.json, sheetSchema)
  if (!checked.ok) return { ok: false, errors: checked.faults.map(formatFault) }
  const { championship, classification } = checked.value
  const entries = classification.map((entry): OfficialEntry => ({
    name: entry.key.trim(),
    position: entry.position ?? null,
    total: entry.total_points,
    net: entry.total_net_points ?? entry.total_points,
    races: entry.points_by_session.map((s) => {
      const race = s.race_points ?? 0
      const pole = s.pole_points ?? 0
      const fastestLap = s.fastest_lap_points ?? 0
      const extra = (s.extra_points_1 ?? 0) + (s.extra_points_2 ?? 0)
      const penalty = Math.abs(s.penalty_points ?? 0)
      const dropped = [
        [race, s.race_points_valid_for_net_points],
        [pole, s.pole_points_valid_for_net_points],
        [fastestLap, s.fastest_lap_points_valid_for_net_points],
      ].some(([points, valid]) => points !== 0 && valid === false)
      return {
        session: s.session_index,
        race,
        pole,
        fastestLap,
        extra,
        penalty,
        total: s.total_points ?? race + pole + fastestLap + extra - penalty,
        dropped,
      }
    }),
  }))
  return {
    ok: true,
    value: {
      title: championship.main_title ?? championship.name ?? '',
      year: String(championship.year ?? ''),
      created: championship.creation_date ?? '',
      sessions: championship.sessions.map((s) => ({
        index: s.session_index,
        name: [s.event_name, s.session_name].filter((part) => part !== undefined).join(' '),
        event: s.event_name ?? null,
      })),
      entries,
    },
    warnings: [],
  }
}
