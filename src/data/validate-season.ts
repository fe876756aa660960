import type { RaceDef, RaceFile, RaceResults, Season } from '../engine/types.ts'
import { checkResults } from './check-results.ts'
import { checkSchema } from './check-schema.ts'
import { checkSeason } from './check-season.ts'
import { formatFault, type Fault } from './fault.ts'
import { parseJson } from './parse-json.ts'
import { joinLocation, type ReadText } from './read-text.ts'
import { resultsSchema } from './results-schema.ts'
import { seasonSchema } from './season-schema.ts'

/** Everything known about a season folder after reading and checking every file in it. */
export interface SeasonCheck {
  readonly folder: string
  /** The season with unusable championships left out; null when season.json is unusable. */
  readonly season: Season | null
  /** Race id → validated results, or the faults that keep the race out of scoring. */
  readonly files: ReadonlyMap<string, RaceFile>
  readonly faults: ReadonlyArray<Fault>
  readonly warnings: ReadonlyArray<Fault>
  /** Championships left out of `season`, with the reasons. */
  readonly unavailableChampionships: ReadonlyMap<string, ReadonlyArray<string>>
}

/**
 * Reads season.json and every result file that exists, and returns every fault at once
 * (docs/data-format.md#validation). A bad result file never hides the good ones: its race is
 * marked invalid and the rest of the season is returned.
 */
export async function validateSeason(folder: string, readText: ReadText): Promise<SeasonCheck> {
  const empty = {
    folder,
    season: null,
    files: new Map<string, RaceFile>(),
    unavailableChampionships: new Map(),
  }
  const seasonFile = await readJson(folder, 'season.json', readText)
  if (!seasonFile.ok) return { ...empty, faults: seasonFile.faults, warnings: [] }
  const shape = checkSchema('season.json', seasonFile.value, seasonSchema)
  if (!shape.ok) return { ...empty, faults: shape.faults, warnings: [] }
  const review = checkSeason(shape.value)
  const warnings = [...shape.warnings, ...review.warnings]
  if (review.isFatal) return { ...empty, faults: review.faults, warnings }

  const season: Season = {
    ...shape.value,
    championships: shape.value.championships.filter((c) => !review.badChampionships.has(c.id)),
  }
  const races = season.rounds.flatMap((round) => round.races)
  const checked = await Promise.all(
    races.map(async (race) => {
      const bad = review.badRaces.get(race.id)
      if (bad !== undefined) return { race, file: invalid(bad), faults: [], warnings: [] }
      return { race, ...(await readResults(folder, season, race, readText)) }
    }),
  )
  const files = new Map<string, RaceFile>()
  for (const { race, file } of checked) if (file !== null) files.set(race.id, file)
  return {
    folder,
    season,
    files,
    faults: [...review.faults, ...checked.flatMap((c) => c.faults)],
    warnings: [...warnings, ...checked.flatMap((c) => c.warnings)],
    unavailableChampionships: review.badChampionships,
  }
}

async function readResults(folder: string, season: Season, race: RaceDef, readText: ReadText) {
  const none = { faults: [], warnings: [] }
  const json = await readJson(folder, race.results, readText)
  if (json.ok && json.value === undefined) return { file: null, ...none }
  if (!json.ok)
    return { file: invalid(json.faults.map(formatFault)), faults: json.faults, warnings: [] }
  const shape = checkSchema(race.results, json.value, resultsSchema)
  if (!shape.ok)
    return { file: invalid(shape.faults.map(formatFault)), faults: shape.faults, warnings: [] }
  const cross = checkResults(season, race, shape.value)
  const warnings = [...shape.warnings, ...cross.warnings]
  if (cross.faults.length > 0)
    return { file: invalid(cross.faults.map(formatFault)), faults: cross.faults, warnings }
  const results: RaceResults = shape.value
  return { file: { kind: 'results', results } satisfies RaceFile, faults: [], warnings }
}

/** The parsed JSON of one file; `value` is undefined when the file does not exist. */
async function readJson(
  folder: string,
  file: string,
  readText: ReadText,
): Promise<{ ok: true; value: unknown } | { ok: false; faults: ReadonlyArray<Fault> }> {
  const read = await readText(joinLocation(folder, file))
  switch (read.kind) {
    case 'missing':
      return file === 'season.json'
        ? {
            ok: false,
            faults: [{ file, path: '', message: `not found in ${folder || 'the season folder'}` }],
          }
        : { ok: true, value: undefined }
    case 'error':
      return { ok: false, faults: [{ file, path: '', message: read.message }] }
    case 'text': {
      const parsed = parseJson(read.text)
      return parsed.ok
        ? parsed
        : { ok: false, faults: [{ file, path: '', message: parsed.message }] }
    }
  }
}

function invalid(problems: ReadonlyArray<string>): RaceFile {
  return { kind: 'invalid', problems }
}
