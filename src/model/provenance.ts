import { listRaces } from '../engine/calendar.ts'
import type { EntryRace } from '../engine/entry-race.ts'
import type { RaceFile, Season } from '../engine/types.ts'

/**
 * Where what a surface shows comes from (docs/dashboard.md#reconstructed-data): published by the
 * series; `reconstructed`, read from a result file that says `source.kind: "reconstructed"` (its
 * published places hold, every other place was filled in to fit the published standings); or a
 * `placeholder`, an entry whose driver (or entrant) the series did not publish.
 *
 * Both are read from the data, never from a list of names here: a race by its file's `source`,
 * an entry by the note its name carries ("Pro-Am entry A (driver not published)", "Entrant of car
 * #91 (name not published)"). The data marks reconstruction per race file, not per row: within a
 * reconstructed race a published place cannot be told from a filled-in one, so every result of
 * that race counts as reconstructed.
 */
export type Provenance = 'published' | 'reconstructed' | 'placeholder'

export interface SeasonProvenance {
  /** Calendar indexes of the races whose result file says it is reconstructed. */
  readonly reconstructed: ReadonlySet<number>
  /** Driver and team ids whose name the data says is not published. */
  readonly placeholders: ReadonlySet<string>
}

/** A season whose every result and name is published (or nothing is known to be otherwise). */
export const ALL_PUBLISHED: SeasonProvenance = {
  reconstructed: new Set(),
  placeholders: new Set(),
}

/** The note an unnamed entry's name ends with in the data: "(driver not published)". */
const NOT_PUBLISHED = /\s*\((?:driver|name) not published\)\s*$/i

/** Whether `name` is a placeholder's, as the data writes one. */
export function isPlaceholderName(name: string): boolean {
  return NOT_PUBLISHED.test(name)
}

/** The name without the data's note, for a surface that marks the placeholder itself. */
export function shownName(name: string): string {
  return name.replace(NOT_PUBLISHED, '')
}

const kept = new WeakMap<Season, WeakMap<ReadonlyMap<string, RaceFile>, SeasonProvenance>>()

/** What of a season is reconstructed or a placeholder, read once per season and set of files. */
export function seasonProvenance(
  season: Season,
  files: ReadonlyMap<string, RaceFile>,
): SeasonProvenance {
  let bySeason = kept.get(season)
  if (bySeason === undefined) {
    bySeason = new WeakMap()
    kept.set(season, bySeason)
  }
  const known = bySeason.get(files)
  if (known !== undefined) return known
  const reconstructed = new Set(
    listRaces(season).flatMap((race) => {
      const file = files.get(race.race.id)
      return file?.kind === 'results' && file.results.source?.kind === 'reconstructed'
        ? [race.index]
        : []
    }),
  )
  const placeholders = new Set(
    [...season.drivers, ...season.teams].flatMap((entry) =>
      isPlaceholderName(entry.name) ? [entry.id] : [],
    ),
  )
  const provenance = { reconstructed, placeholders }
  bySeason.set(files, provenance)
  return provenance
}

/** An entry (a driver or a team): a placeholder, or named as published. */
export function entryProvenance(p: SeasonProvenance, id: string): Provenance {
  return p.placeholders.has(id) ? 'placeholder' : 'published'
}

/** One result cell: a placeholder's result, a reconstructed race's, or a published one. */
export function resultProvenance(p: SeasonProvenance, id: string, raceIndex: number): Provenance {
  if (p.placeholders.has(id)) return 'placeholder'
  return p.reconstructed.has(raceIndex) ? 'reconstructed' : 'published'
}

/**
 * One standings row: a placeholder entry; reconstructed when any of its results so far comes
 * from a reconstructed race (its points then rest on it); published otherwise.
 */
export function rowProvenance(
  p: SeasonProvenance,
  entry: { readonly id: string; readonly races: ReadonlyArray<EntryRace> },
): Provenance {
  if (p.placeholders.has(entry.id)) return 'placeholder'
  return entry.races.some((race) => p.reconstructed.has(race.raceIndex))
    ? 'reconstructed'
    : 'published'
}
