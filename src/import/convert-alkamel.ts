import { checkImportedRace } from '../data/check-imported-race.ts'
import type { Driver, RaceDef, RaceResults, Season, Team } from '../engine/types.ts'
import type { Parsed } from './alkamel-results.ts'
import { readAlKamelSheet, sheetImportOptions, withStewardsNotes } from './alkamel-sheet.ts'
import { toRaceResults, type ImportOptions } from './to-race-results.ts'

/** A timing file as read: the name its messages give, and its text. */
export interface TimingText {
  readonly file: string
  readonly text: string
}

export interface AlKamelConversion {
  readonly results: RaceResults
  readonly newDrivers: ReadonlyArray<Driver>
  readonly newTeams: ReadonlyArray<Team>
  /** The new drivers and teams as a reader names them: `driver "Riley Dickinson" (riley-dickinson)`. */
  readonly missing: ReadonlyArray<string>
  /** The season with the new drivers and teams added: what `--add-missing` writes. */
  readonly extended: Season
  /** The result file checked against the extended season (docs/data-format.md#validation). */
  readonly faults: ReadonlyArray<string>
  readonly warnings: ReadonlyArray<string>
}

/**
 * An Al Kamel results file, CSV or JSON (and its qualifying sheet, for the poles) to the result file of one
 * race, checked against the season: the one conversion behind `pitboard import alkamel` and
 * `pitboard watch` (docs/importing.md). Not ok when either file cannot be read as a timing sheet;
 * ok with `faults` when the result file it makes does not fit the season.
 */
export function convertAlKamel(
  season: Season,
  race: RaceDef,
  sheet: TimingText,
  qualifying: TimingText | null,
  options: Omit<ImportOptions, 'race' | 'qualifying'>,
): Parsed<AlKamelConversion> {
  const parsed = readAlKamelSheet(sheet.text, sheet.file)
  const grid = qualifying === null ? null : readAlKamelSheet(qualifying.text, qualifying.file)
  if (!parsed.ok || (grid !== null && !grid.ok))
    return {
      ok: false,
      errors: [
        ...(parsed.ok ? [] : parsed.errors),
        ...(grid === null || grid.ok ? [] : grid.errors),
      ],
    }
  // A JSON file says its own status (report_mark); the file's name, where it says one, must agree.
  const read = sheetImportOptions(parsed.value, sheet.file, options, options.status)
  if ('error' in read) return { ok: false, errors: [read.error] }
  const imported = toRaceResults(
    parsed.value.rows,
    season,
    { ...read.options, race: race.id, qualifying: grid?.value.rows ?? null },
    sheet.file,
  )
  if (!imported.ok) return imported
  const { newDrivers, newTeams, warnings } = imported.value
  const results = withStewardsNotes(imported.value.results, parsed.value)
  // The same checks as every other door (the browser's review, this browser's kept races).
  const { extended, faults } = checkImportedRace(
    season,
    { race: race.id, results, drivers: newDrivers, teams: newTeams },
    race.results,
  )
  const value: AlKamelConversion = {
    results,
    newDrivers,
    newTeams,
    missing: [
      ...newDrivers.map((d) => `driver "${d.name}" (${d.id})`),
      ...newTeams.map((t) => `team "${t.name}" (${t.id})`),
    ],
    extended,
    faults,
    warnings: [...parsed.warnings, ...warnings],
  }
  return { ok: true, value, warnings: value.warnings }
}
