import type { RaceResults, RaceStatus } from '../engine/types.ts'
import { parseAlKamelResults, type Parsed, type TimingRow } from './alkamel-results.ts'
import { isAlKamelSession, parseAlKamelJson, type AlKamelSession } from './alkamel-json.ts'
import type { ImportOptions } from './to-race-results.ts'

/** An Al Kamel timing file as read, CSV or JSON: its cars, and for JSON its session's words. */
export interface AlKamelSheet {
  readonly format: 'csv' | 'json'
  readonly rows: ReadonlyArray<TimingRow>
  /** The JSON session's mark and stewards' notes; null for a CSV. */
  readonly session: AlKamelSession | null
}

/**
 * Parses text that starts with `{` (after a byte-order mark) as JSON; null when it does not
 * start so. A JSON text that does not parse is a message naming the file.
 */
export function parseJsonText(
  text: string,
  file: string,
): { readonly json: unknown } | { readonly error: string } | null {
  const body = text.replace(/^\uFEFF/, '')
  if (!body.trimStart().startsWith('{')) return null
  try {
    return { json: JSON.parse(body) }
  } catch (error) {
    return {
      error: `${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    }
  }
}

/**
 * An Al Kamel results file in either of its formats, told apart by content, never by the file's
 * name (docs/importing.md#al-kamel-json): JSON with a `session` and a `classification`, else
 * the CSV export.
 */
export function readAlKamelSheet(text: string, file: string): Parsed<AlKamelSheet> {
  const parsed = parseJsonText(text, file)
  if (parsed === null) {
    const csv = parseAlKamelResults(text, file)
    return csv.ok
      ? {
          ok: true,
          value: { format: 'csv', rows: csv.value, session: null },
          warnings: csv.warnings,
        }
      : csv
  }
  if ('error' in parsed) return { ok: false, errors: [parsed.error] }
  if (!isAlKamelSession(parsed.json))
    return {
      ok: false,
      errors: [
        `${file}: not an Al Kamel results file (expected an object with "session" and "classification")`,
      ],
    }
  const json = parseAlKamelJson(parsed.json, file)
  return json.ok
    ? { ok: true, value: { format: 'json', ...json.value }, warnings: json.warnings }
    : json
}

/**
 * The status a result imported from `sheet` takes: the JSON session's `report_mark` when it gives
 * one (Unofficial is provisional), else the status the caller read from the file's name; an error
 * when the two disagree (docs/importing.md#al-kamel-json).
 */
function sheetStatus(
  sheet: AlKamelSheet,
  file: string,
  named: RaceStatus | undefined,
): { readonly status: RaceStatus | undefined } | { readonly error: string } {
  const marked = sheet.session?.status ?? null
  if (marked === null) return { status: named }
  if (named !== undefined && named !== marked)
    return {
      error: `${file}: session.report_mark says ${sheet.session?.mark ?? marked}, but the file's name says ${named}: rename the file or check it is the right one`,
    }
  return { status: marked }
}

/**
 * The options an import of `sheet` reads with: its status (sheetStatus) and, for a JSON session,
 * its classification as the file gives it. A JSON file's `Classified` is the series' own decision
 * (the same files say `Not Classified` of a car that is not), so the share of the winner's laps
 * is not applied to it; the CSV export calls every car still running "Classified", and the share
 * decides (docs/importing.md#what-an-import-decides).
 */
export function sheetImportOptions<O extends Pick<ImportOptions, 'status' | 'minLapsShare'>>(
  sheet: AlKamelSheet,
  file: string,
  options: O,
  named: RaceStatus | undefined,
): { readonly options: O } | { readonly error: string } {
  const status = sheetStatus(sheet, file, named)
  if ('error' in status) return status
  return {
    options: {
      ...options,
      ...(status.status === undefined ? {} : { status: status.status }),
      ...(sheet.format === 'json' ? { minLapsShare: 0 } : {}),
    },
  }
}

/** The result with the stewards' decisions of a JSON session kept as notes on the race. */
export function withStewardsNotes(results: RaceResults, sheet: AlKamelSheet): RaceResults {
  const stewards = sheet.session?.notes ?? []
  return stewards.length === 0
    ? results
    : { ...results, notes: [...(results.notes ?? []), ...stewards] }
}
