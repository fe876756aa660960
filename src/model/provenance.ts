import { listRaces } from '../engine/scoring/calendar.ts'
import type { EntryRace } from '../engine/scoring/entry-race.ts'
import type { RaceFile, RaceResults, Season } from '../engine/types.ts'

/**
 * Where what a surface shows comes from (docs/dashboard.md#reconstructed-data): published by the
 * series; `reconstructed`, a result the reconstruction filled in; or a `placeholder`, an entry
 * whose driver (or entrant) the series did not publish.
 *
 * All of it is read from the data, never from a list of names here. A result is reconstructed
 * when its file says `source.kind: "reconstructed"` and its row says `reconstructed: true`; the
 * file's other rows are published as given. A reconstructed file that marks no row says it of
 * every row, as files did before rows were marked (docs/data-format.md#reconstructed-rows). A
 * team's result is its cars': reconstructed when one of them is, and, in a season whose teams
 * are ranked by their best car overall (`method: "rank"`), in every reconstructed race: the marker
 * speaks of the place a car scores by, not of the overall order the teams are ranked on. An
 * entry is a placeholder by the note its name carries ("Pro-Am entry A (driver not published)",
 * "Entrant of car #91 (name not published)").
 */
export type Provenance = 'published' | 'reconstructed' | 'placeholder'

export interface SeasonProvenance {
  /** By calendar index, the driver and team ids whose result in that race was filled in. */
  readonly filledIn: ReadonlyMap<number, ReadonlySet<string>>
  /** Driver and team ids whose name the data says is not published. */
  readonly placeholders: ReadonlySet<string>
  /**
   * By calendar index, the label ("R3") of each race whose results are points an official sheet
   * gives, not a finishing order (docs/data-format.md#given-points).
   */
  readonly given: ReadonlyMap<number, string>
}

/** A season whose every result and name is published (or nothing is known to be otherwise). */
export const ALL_PUBLISHED: SeasonProvenance = {
  filledIn: new Map(),
  placeholders: new Set(),
  given: new Map(),
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
  const ranked = season.championships.some((c) => c.kind === 'teams' && c.method === 'rank')
  const filledIn = new Map<number, ReadonlySet<string>>()
  const given = new Map<number, string>()
  for (const race of listRaces(season)) {
    const file = files.get(race.race.id)
    if (file?.kind !== 'results') continue
    const ids = filledInIds(file.results, ranked)
    if (ids !== null && ids.size > 0) filledIn.set(race.index, ids)
    if (file.results.rows.some((row) => row.given !== undefined)) given.set(race.index, race.label)
  }
  const placeholders = new Set(
    [...season.drivers, ...season.teams].flatMap((entry) =>
      isPlaceholderName(entry.name) ? [entry.id] : [],
    ),
  )
  const provenance = { filledIn, placeholders, given }
  bySeason.set(files, provenance)
  return provenance
}

/**
 * The ids whose result in a race was filled in; null for a file that is not reconstructed. With
 * no row marked, every row's (the format before rows were marked).
 */
function filledInIds(results: RaceResults, rankedTeams: boolean): ReadonlySet<string> | null {
  if (results.source?.kind !== 'reconstructed') return null
  const marked = results.rows.some((row) => row.reconstructed === true)
  const ids = new Set<string>()
  for (const row of results.rows) {
    if (rankedTeams) ids.add(row.team)
    if (marked && row.reconstructed !== true) continue
    ids.add(row.team)
    for (const driver of row.drivers) ids.add(driver)
  }
  return ids
}

/** Whether the result of `id` (a driver or a team) in the race at `raceIndex` was filled in. */
export function isFilledIn(p: SeasonProvenance, id: string, raceIndex: number): boolean {
  return p.filledIn.get(raceIndex)?.has(id) === true
}

/** An entry (a driver or a team): a placeholder, or named as published. */
export function entryProvenance(p: SeasonProvenance, id: string): Provenance {
  return p.placeholders.has(id) ? 'placeholder' : 'published'
}

/** One result cell: a placeholder's result, a filled-in one, or a published one. */
export function resultProvenance(p: SeasonProvenance, id: string, raceIndex: number): Provenance {
  if (p.placeholders.has(id)) return 'placeholder'
  return isFilledIn(p, id, raceIndex) ? 'reconstructed' : 'published'
}

/**
 * One standings row: a placeholder entry; reconstructed when any of its results so far was
 * filled in (its points then rest on it); published otherwise.
 */
export function rowProvenance(
  p: SeasonProvenance,
  entry: { readonly id: string; readonly races: ReadonlyArray<EntryRace> },
): Provenance {
  if (p.placeholders.has(entry.id)) return 'placeholder'
  return entry.races.some((race) => isFilledIn(p, entry.id, race.raceIndex))
    ? 'reconstructed'
    : 'published'
}
