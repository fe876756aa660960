import type { RaceDef, RaceFile, Season } from '../engine/types.ts'
import { checkResults } from './check-results.ts'
import { checkSchema } from './check-schema.ts'
import { checkSeason } from './check-season.ts'
import { formatFault, type Fault } from './fault.ts'
import { missingResults } from './missing-results.ts'
import { parseJson } from './parse-json.ts'
import { joinLocation, type ReadText } from './read-text.ts'
import { acceptResults } from './results-fast-path.ts'
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
  /** Files that exist but could not be read (permissions, server errors); also in `faults`. */
  readonly unreadable: ReadonlyArray<string>
}

/** One file's outcome: its faults and warnings, and whether it could be read at all. */
interface FileCheck<T> {
  readonly value: T | null
  readonly faults: ReadonlyArray<Fault>
  readonly warnings: ReadonlyArray<Fault>
  readonly unreadable: boolean
}

/**
 * Reads season.json and every result file that exists, and returns every fault at once
 * (docs/data-format.md#validation). A bad result file never hides the good ones: its race is
 * marked invalid and the rest of the season is returned.
 */
export async function validateSeason(folder: string, readText: ReadText): Promise<SeasonCheck> {
  const seasonFile = await readFile(folder, 'season.json', readText, (value) => {
    const shape = checkSchema('season.json', value, seasonSchema)
    return shape.ok ? { ...shape, faults: [] } : { ...shape, value: null, warnings: [] }
  })
  const unusable = (
    check: Omit<SeasonCheck, 'folder' | 'season' | 'files' | 'unavailableChampionships'>,
  ) => ({
    folder,
    season: null,
    files: new Map<string, RaceFile>(),
    unavailableChampionships: new Map<string, ReadonlyArray<string>>(),
    ...check,
  })
  if (seasonFile.value === null) {
    if (seasonFile.faults.length === 0) {
      return unusable({
        faults: [
          {
            file: 'season.json',
            path: '',
            message: `not found in ${folder || 'the season folder'}`,
          },
        ],
        warnings: [],
        unreadable: [],
      })
    }
    return unusable({ ...seasonFile, unreadable: seasonFile.unreadable ? ['season.json'] : [] })
  }
  const review = checkSeason(seasonFile.value)
  const warnings = [...seasonFile.warnings, ...review.warnings]
  if (review.isFatal) return unusable({ faults: review.faults, warnings, unreadable: [] })

  const season: Season = {
    ...seasonFile.value,
    championships: seasonFile.value.championships.filter((c) => !review.badChampionships.has(c.id)),
  }
  const races = season.rounds.flatMap((round) => round.races)
  // A few files at a time: reading them all at once keeps every text in memory together, and
  // the garbage collector then costs more than the reading (docs/performance.md).
  const checked = await inBatches(races, 16, async (race) => {
    const bad = review.badRaces.get(race.id)
    if (bad !== undefined)
      return { race, file: invalid(bad), faults: [], warnings: [], unreadable: false }
    return { race, ...(await readResults(folder, season, race, readText)) }
  })
  const files = new Map<string, RaceFile>()
  for (const { race, file } of checked) if (file !== null) files.set(race.id, file)
  return {
    folder,
    season,
    files,
    faults: [...review.faults, ...checked.flatMap((c) => c.faults)],
    warnings: [
      ...warnings,
      ...checked.flatMap((c) => c.warnings),
      ...missingResults(season, files),
    ],
    unavailableChampionships: review.badChampionships,
    unreadable: checked.flatMap((c) => (c.unreadable ? [c.race.results] : [])),
  }
}

/** One result file: null when it does not exist yet, invalid when any check fails. */
async function readResults(folder: string, season: Season, race: RaceDef, readText: ReadText) {
  const check = await readFile(folder, race.results, readText, (value) => {
    // The common case in one fast pass; anything else through the schema, for its messages.
    const fast = acceptResults(value)
    const shape =
      fast === null
        ? checkSchema(race.results, value, resultsSchema)
        : { ok: true as const, value: fast, warnings: [] }
    if (!shape.ok) return { value: null, faults: shape.faults, warnings: [] }
    const cross = checkResults(season, race, shape.value)
    return {
      ...cross,
      value: cross.faults.length === 0 ? shape.value : null,
      warnings: [...shape.warnings, ...cross.warnings],
    }
  })
  const file: RaceFile | null =
    check.value !== null
      ? { kind: 'results', results: check.value }
      : check.faults.length > 0
        ? invalid(check.faults.map(formatFault))
        : null
  return { ...check, file }
}

/** Reads and parses one file, then checks it; a missing file has no value and no faults. */
async function readFile<T>(
  folder: string,
  file: string,
  readText: ReadText,
  check: (value: unknown) => Omit<FileCheck<T>, 'unreadable'>,
): Promise<FileCheck<T>> {
  const read = await readText(joinLocation(folder, file))
  const failed = (message: string, unreadable: boolean, path = ''): FileCheck<T> => ({
    value: null,
    faults: [{ file, path, message }],
    warnings: [],
    unreadable,
  })
  switch (read.kind) {
    case 'missing':
      return { value: null, faults: [], warnings: [], unreadable: false }
    case 'error':
      // Not UTF-8 is a fault of the file, as bad JSON is; anything else, of the reading.
      return failed(read.message, read.notText !== true)
    case 'text': {
      const parsed = parseJson(read.text)
      return parsed.ok
        ? { ...check(parsed.value), unreadable: false }
        : failed(parsed.message, false, parsed.path)
    }
  }
}

function invalid(problems: ReadonlyArray<string>): RaceFile {
  return { kind: 'invalid', problems }
}

/** `work` over `items`, at most `size` at a time, results in order. */
async function inBatches<T, R>(
  items: ReadonlyArray<T>,
  size: number,
  work: (item: T) => Promise<R>,
): Promise<Array<R>> {
  const results: Array<R> = []
  for (let at = 0; at < items.length; at += size)
    results.push(...(await Promise.all(items.slice(at, at + size).map(work))))
  return results
}
