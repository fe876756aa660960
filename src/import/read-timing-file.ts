import { checkImportedRace } from '../data/check-imported-race.ts'
import type { Season } from '../engine/types.ts'
import { parseAlKamelResults, type Parsed } from './alkamel-results.ts'
import { isAlKamelSession } from './alkamel-json.ts'
import {
  parseJsonText,
  readAlKamelSheet,
  sheetImportOptions,
  withStewardsNotes,
} from './alkamel-sheet.ts'
import { parseErgastResults } from './ergast-results.ts'
import { guessMapping, mappedRows, readCsvTable, type CsvMapping } from './generic-csv.ts'
import { toRaceResults, type ImportedRace, type ImportOptions } from './to-race-results.ts'

export type TimingFormat = 'alkamel' | 'ergast' | 'csv'

export interface TimingFileRead {
  readonly format: TimingFormat
  /** For a generic CSV: its columns and the mapping used (the one given, else a guess). */
  readonly columns: ReadonlyArray<string>
  readonly mapping: CsvMapping
  /**
   * Whether the share of the class winner's laps decides who is classified (a CSV calls every
   * running car "Classified"); false where the file's classification is taken as written: an Al
   * Kamel JSON file, Ergast (docs/importing.md#what-an-import-decides).
   */
  readonly lapShare: boolean
  readonly outcome: Parsed<ImportedRace>
}

function withWarnings(
  warnings: ReadonlyArray<string>,
  imported: Parsed<ImportedRace>,
): Parsed<ImportedRace> {
  return imported.ok ? { ...imported, warnings: [...warnings, ...imported.warnings] } : imported
}

/**
 * Any supported timing file to a contract result file (docs/importing.md), told apart by
 * content: an Al Kamel JSON session (`session` and `classification`), Ergast/Jolpica JSON (any
 * other JSON), an Al Kamel results CSV (its NUMBER and POSITION/POS columns), or any other CSV
 * through a column mapping.
 */
export function readTimingFile(...args: Parameters<typeof readUnchecked>): TimingFileRead {
  const [fileName, , season, options] = args
  const read = readUnchecked(...args)
  if (!read.outcome.ok) return read
  // The checks every door runs (src/data/check-imported-race.ts): a driver in two cars, a file
  // without cars, an unknown race are errors here as in `pitboard import` and `validate`.
  const { results, newDrivers, newTeams } = read.outcome.value
  const { faults } = checkImportedRace(
    season,
    { race: options.race, results, drivers: newDrivers, teams: newTeams },
    fileName,
  )
  return faults.length === 0 ? read : { ...read, outcome: { ok: false, errors: faults } }
}

/** An Al Kamel JSON session: its own status (report_mark) and the stewards' notes come along. */
function alKamelJson(
  text: string,
  fileName: string,
  season: Season,
  options: ImportOptions,
): Parsed<ImportedRace> {
  const sheet = readAlKamelSheet(text, fileName)
  if (!sheet.ok) return sheet
  const read = sheetImportOptions(sheet.value, fileName, options, undefined)
  if ('error' in read) return { ok: false, errors: [read.error] }
  const imported = toRaceResults(sheet.value.rows, season, read.options, fileName)
  if (!imported.ok) return imported
  const results = withStewardsNotes(imported.value.results, sheet.value)
  return withWarnings(sheet.warnings, { ...imported, value: { ...imported.value, results } })
}

function readUnchecked(
  fileName: string,
  text: string,
  season: Season,
  options: ImportOptions,
  mapping: CsvMapping | null = null,
): TimingFileRead {
  // Told apart by content (docs/importing.md): an Al Kamel session (`session` and
  // `classification`), else Ergast/Jolpica; `{` after any byte-order mark means JSON.
  const json = parseJsonText(text, fileName)
  if (json !== null && 'json' in json && isAlKamelSession(json.json))
    return {
      format: 'alkamel',
      columns: [],
      mapping: {},
      lapShare: false,
      outcome: alKamelJson(text, fileName, season, options),
    }
  if (json !== null || fileName.toLowerCase().endsWith('.json')) {
    const parsed = parseErgastResults(text, fileName, season)
    const outcome = !parsed.ok
      ? parsed
      : withWarnings(
          parsed.warnings,
          toRaceResults(
            parsed.value.rows,
            season,
            { ...options, minLapsShare: 0, qualifying: parsed.value.grid },
            fileName,
          ),
        )
    return { format: 'ergast', columns: [], mapping: {}, lapShare: false, outcome }
  }
  const table = readCsvTable(text)
  const upper = table.columns.map((c) => c.toUpperCase())
  const isAlKamel =
    upper.includes('NUMBER') && (upper.includes('POSITION') || upper.includes('POS'))
  if (isAlKamel) {
    const parsed = parseAlKamelResults(text, fileName)
    const outcome = parsed.ok
      ? withWarnings(parsed.warnings, toRaceResults(parsed.value, season, options, fileName))
      : parsed
    return { format: 'alkamel', columns: table.columns, mapping: {}, lapShare: true, outcome }
  }
  const used = mapping ?? guessMapping(table.columns)
  const rows = mappedRows(table, used, fileName)
  return {
    format: 'csv',
    columns: table.columns,
    mapping: used,
    lapShare: true,
    outcome: rows.ok ? toRaceResults(rows.value, season, options, fileName) : rows,
  }
}
