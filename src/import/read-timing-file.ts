import type { Season } from '../engine/types.ts'
import { parseAlKamelResults, type Parsed } from './alkamel-results.ts'
import { parseErgastResults } from './ergast-results.ts'
import { toRaceResults, type ImportedRace, type ImportOptions } from './to-race-results.ts'

/**
 * Any supported timing file to a contract result file: Ergast/Jolpica JSON (a `.json` file or
 * text starting with `{`), otherwise an Al Kamel results CSV.
 */
export function readTimingFile(
  fileName: string,
  text: string,
  season: Season,
  options: ImportOptions,
): Parsed<ImportedRace> {
  const isJson = fileName.toLowerCase().endsWith('.json') || text.trimStart().startsWith('{')
  if (isJson) {
    const parsed = parseErgastResults(text, fileName, season)
    if (!parsed.ok) return parsed
    return toRaceResults(
      parsed.value.rows,
      season,
      { ...options, minLapsShare: 0, qualifying: parsed.value.grid },
      fileName,
    )
  }
  const parsed = parseAlKamelResults(text, fileName)
  if (!parsed.ok) return parsed
  const imported = toRaceResults(parsed.value, season, options, fileName)
  return imported.ok
    ? { ...imported, warnings: [...parsed.warnings, ...imported.warnings] }
    : imported
}
