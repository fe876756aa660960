import { readSeasonText } from '../data/read-regular-file.ts'
import { join } from 'node:path'
import { acceptResults } from '../data/results-fast-path.ts'
import { computeSeasonStandings } from '../engine/scoring/season-standings.ts'
import type { RaceDef, RaceFile, RaceResults, Season } from '../engine/types.ts'
import { convertAlKamel, type TimingText } from '../import/convert-alkamel.ts'
import { asItStands } from '../model/as-it-stands.ts'
import { countNoun } from '../model/count-noun.ts'
import { describeRevision } from '../model/revision.ts'
import { findRace } from './find-race.ts'
import { isoSeconds } from './iso-seconds.ts'
import { loadSeasonFolder } from './load-season.ts'
import type { ConversionFlags } from './parse-args.ts'
import { writeSeasonFiles } from './season-manifest.ts'
import { statusRank, type TimingStatus } from './timing-file-status.ts'
import { containedTarget } from './contained-target.ts'
import { readTimingText } from './read-timing-text.ts'
import { shortExport } from './short-export.ts'

/** `pitboard watch` as a function (docs/cli.md#watch). */
export interface WatchOptions extends ConversionFlags {
  /** The folder the timing provider writes its CSV exports into. */
  readonly folder: string
  /** How often the folder is looked at, in ms (default 500). */
  readonly pollMs?: number
  readonly now?: () => Date
  /** How long an export must stay the same before it is used, in ms (default 3000). */
  readonly settleMs?: number
  /** Publish an export with far fewer cars than its reference (docs/cli.md#watch). */
  readonly allowFewerCars?: boolean
  /** A steady clock in ms for the settle time (default performance.now). */
  readonly elapsedMs?: () => number
  /** Told of every file looked at, after its line is logged. */
  readonly onOutcome?: (outcome: TimingOutcome) => void
}

/** What became of one timing file. */
export type TimingOutcome =
  | {
      readonly kind: 'written'
      readonly file: string
      readonly status: TimingStatus
      readonly change: string
      /** What the conversion noted but used: a car classified as retired on distance. */
      readonly warnings: ReadonlyArray<string>
    }
  | { readonly kind: 'unchanged'; readonly file: string; readonly status: TimingStatus }
  | {
      /** Complete-looking but short: not published until it has its cars (docs/cli.md#watch). */
      readonly kind: 'held'
      readonly file: string
      readonly status: TimingStatus
      readonly reason: string
    }
  | {
      readonly kind: 'refused'
      readonly file: string
      readonly status: TimingStatus
      readonly reason: string
    }
  | {
      readonly kind: 'faulty'
      readonly file: string
      readonly status: TimingStatus
      readonly faults: ReadonlyArray<string>
    }
  | { readonly kind: 'skipped'; readonly file: string; readonly reason: string }

/** The notes of a timing file: a text file of the same name ending in .txt, one note a line. */
export function notesFileOf(sheet: string): string {
  return sheet.replace(/\.(?:csv|json)$/i, '.txt')
}

/**
 * Turns one Al Kamel export into the race's result file, the way `pitboard import` does
 * (convertAlKamel), with the status its name gave and the time it was read. A file whose status
 * is below the result already there is refused (an official result is never replaced by a
 * provisional or live one); one with faults, or naming people the season lacks, is not used. A
 * new result is written atomically, then the season's manifest, so a viewer that sees the new
 * manifest always finds the file it lists.
 */
export async function processTimingFile(
  options: WatchOptions,
  file: string,
  status: TimingStatus,
  now: Date,
): Promise<TimingOutcome> {
  const faulty = (faults: ReadonlyArray<string>): TimingOutcome => ({
    kind: 'faulty',
    file,
    status,
    faults,
  })
  const check = await loadSeasonFolder(options.season)
  const season = check.season
  if (season === null)
    return faulty([
      `${options.season}/season.json has faults: run "pitboard validate ${options.season}"`,
    ])
  const race = findRace(season, options.race, options.season)
  const current = check.files.get(race.id)
  const before = current?.kind === 'results' ? current.results : null
  if (before !== null && statusRank(status) < statusRank(before.status))
    return {
      kind: 'refused',
      file,
      status,
      reason: `${race.results} is ${before.status}; a ${status} file never replaces it`,
    }
  // In any encoding it comes in, as `pitboard import` reads it (src/cli/read-timing-text.ts).
  const encodings: Array<string> = []
  const read = (path: string, name: string): TimingText | string => {
    const text = readTimingText(path)
    if ('error' in text) return text.error
    if (text.warning !== null) encodings.push(text.warning)
    return { file: name, text: text.text }
  }
  const sheet = read(join(options.folder, file), file)
  const qualifying =
    options.qualifying === null ? null : read(options.qualifying, options.qualifying)
  if (typeof sheet === 'string' || typeof qualifying === 'string')
    return faulty([sheet, qualifying].filter((v) => typeof v === 'string'))
  const notesText = readNotes(join(options.folder, notesFileOf(file)))
  const notes = notesText
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
  const converted = convertAlKamel(season, race, sheet, qualifying, {
    minLapsShare: options.minLapsShare,
    statusOverrides: new Map(options.statuses),
    guests: new Set(options.guests ?? []),
    status,
    note: `Imported from ${file}`,
  })
  if (!converted.ok) return faulty(converted.errors)
  const { results: imported, missing, faults, warnings } = converted.value
  if (faults.length > 0) return faulty(faults)
  if (missing.length > 0)
    return faulty([
      `the season does not know: ${missing.join(', ')} — add them (pitboard import alkamel ${file} … --add-missing) or fix the spelling`,
    ])
  const results: RaceResults = {
    format: imported.format,
    race: imported.race,
    status,
    updatedAt: isoSeconds(now),
    rows: imported.rows,
    ...(imported.source === undefined ? {} : { source: imported.source }),
    // The stewards' decisions a JSON file carries, then the operator's notes file.
    ...(notes.length === 0 && imported.notes === undefined
      ? {}
      : { notes: [...(imported.notes ?? []), ...notes] }),
  }
  if (before !== null && sameResult(before, results)) return { kind: 'unchanged', file, status }
  const short = shortExport(season, check.files, race, before, results.rows.length)
  if (short !== null && options.allowFewerCars !== true)
    return { kind: 'held', file, status, reason: short }
  let target: string
  try {
    target = containedTarget(options.season, race.results)
  } catch (error) {
    return faulty([error instanceof Error ? error.message : String(error)])
  }
  writeSeasonFiles(
    options.season,
    [{ path: target, text: `${JSON.stringify(results, null, 2)}\n` }],
    { manifest: 'always', now },
  )
  return {
    kind: 'written',
    file,
    status,
    change: `${race.results}: ${whatChanged(season, check.files, race, before, results)}`,
    warnings: [
      ...encodings,
      ...warnings,
      ...(short === null ? [] : [`${short}: published, as --allow-fewer-cars asks`]),
    ],
  }
}

/** A notes file's text; '' when there is none or it is not a regular file within the limit. */
function readNotes(path: string): string {
  try {
    return readSeasonText(path)
  } catch {
    return ''
  }
}

/** The same status, order, statuses and notes: the time and the file it came from aside. */
function sameResult(before: RaceResults, after: RaceResults): boolean {
  // The new file in the shape validation gives the one on disk, so the two compare as text.
  const shaped = acceptResults(after)
  const key = (r: RaceResults) => JSON.stringify([r.status, r.rows, r.notes ?? []])
  return shaped !== null && key(before) === key(shaped)
}

/**
 * What a new result changed, as one line: for a race's first result its car count; after that
 * the status, the cars that moved and the standings that moved (describeRevision). A live running
 * order is read as the standings "as it stands", the way the dashboard shows it.
 */
function whatChanged(
  season: Season,
  files: ReadonlyMap<string, RaceFile>,
  race: RaceDef,
  before: RaceResults | null,
  after: RaceResults,
): string {
  if (before === null || before.rows.length === 0)
    return `first result, ${countNoun(after.rows.length, 'car')}`
  const standings = (of: ReadonlyMap<string, RaceFile>) =>
    asItStands(season, of)?.standings ?? computeSeasonStandings(season, of)
  const next = new Map(files).set(race.id, { kind: 'results', results: after })
  const revision = describeRevision(standings(files), standings(next), race.id)
  const notes = JSON.stringify(before.notes ?? []) === JSON.stringify(after.notes ?? [])
  const parts = [
    ...(before.status === after.status ? [] : [`${before.status} → ${after.status}`]),
    ...revision.cars,
    ...revision.standings,
    ...(notes ? [] : [`notes: ${(after.notes ?? []).join(' ') || 'none'}`]),
  ]
  return parts.length === 0 ? 'same order' : parts.join('; ')
}

/** A moment of the log: the local time of day, "19:02:11". */
export function clock(date: Date): string {
  return date.toTimeString().slice(0, 8)
}

/**
 * An outcome as the log prints it: time, file, status, what happened; a file's faults follow,
 * one a line. `19:02:11  R11_Race_Official.CSV  official  results/r11.json: provisional →
 * official; car 20 2nd → 9th; …`
 */
export function outcomeLines(outcome: TimingOutcome, at: Date): ReadonlyArray<string> {
  const head = `${clock(at)}  ${outcome.file}  ${outcome.kind === 'skipped' ? '-' : outcome.status}  `
  switch (outcome.kind) {
    case 'written':
      return [`${head}${outcome.change}`, ...outcome.warnings.map((line) => `  warning: ${line}`)]
    case 'unchanged':
      return [`${head}unchanged`]
    case 'refused':
      return [`${head}refused: ${outcome.reason}`]
    case 'held':
      return [
        `${head}held, not published: ${outcome.reason} (still being written?); used when it has them, or rerun with --allow-fewer-cars`,
      ]
    case 'skipped':
      return [`${head}skipped: ${outcome.reason}`]
    case 'faulty':
      return [
        `${head}not used, ${countNoun(outcome.faults.length, 'fault')} (tried again when the file changes):`,
        ...outcome.faults.map((fault) => `  error: ${fault}`),
      ]
  }
}
