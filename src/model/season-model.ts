import type { ChampionshipProgression } from '../engine/scoring/progression.ts'
import { computeSeasonStandings, type SeasonStandings } from '../engine/scoring/season-standings.ts'
import { standingsAt, type StandingRow } from '../engine/scoring/standings.ts'
import type { RaceFile, Season } from '../engine/types.ts'
import { asItStands } from './as-it-stands.ts'
import { standingsStatus, statusSentence, type StandingsStatus } from './standings-status.ts'
import type { applyWhatIf, ImaginedRace } from './what-if.ts'

/** What the model is built from (docs/architecture.md). */
export interface SeasonModelInput {
  readonly season: Season
  /** Race id → validated results (with their status) or the reason a file was rejected. */
  readonly files: ReadonlyMap<string, RaceFile>
  /** The files of the download before, for "changed since the last update". */
  readonly previousFiles?: ReadonlyMap<string, RaceFile> | null
  /** While a race is live, read its running order as a result ("as it stands"). Default true. */
  readonly projectLive?: boolean
  /** Imagined results (what-if), keyed by entry. */
  readonly imagined?: ReadonlyArray<ImaginedRace>
}

/** Points and places gained in the live race, by entry. */
export type LiveDeltas = ReadonlyMap<string, { readonly points: number; readonly places: number }>

/**
 * One season as every surface reads it: the dashboard views, the booth, the broadcast cards, the
 * overlay and the command-line tool. Everything is derived from the input on first use and kept,
 * so reading the same table or scenarios twice costs nothing.
 */
export interface SeasonModel {
  /** What it was built from (posted to the scenario worker as it is). */
  readonly input: SeasonModelInput
  readonly season: Season
  /** What the views show: the results, as it stands while a race is live, or imagined. */
  readonly standings: SeasonStandings
  /** The results alone: nothing projected, nothing imagined. */
  readonly results: SeasonStandings
  /** Races running now. */
  readonly liveRaces: ReadonlyArray<string>
  /** Whether `standings` reads a live running order as a result. */
  readonly projecting: boolean
  /** Races whose results in `standings` are imagined, in calendar order. */
  readonly imaginedRaces: ReadonlyArray<string>
  /** Entries (or car numbers of an older link) the imagined results name but no result knows. */
  readonly unknownEntries: ReadonlyArray<string>
  /** The imagined races, every car number read as entries. */
  readonly imagined: ReadonlyArray<ImaginedRace>
  championship(id: string): ChampionshipModel | null
  /** What the standings after `step` count: imagined, live, provisional or official results. */
  statusAt(step: number): StandingsStatus
  /** One championship over the finished races alone (never a running order, never imagined). */
  finished(id: string): ChampionshipModel | null
  /** The step of `results` that has the same finished races as `step` of `standings`. */
  finishedStep(step: number): number
  /** The status of `step` in one sentence ("PROVISIONAL: race 11 is not yet official."), or null. */
  statusNote(step: number): string | null
  /** Live points and places by entry of one championship, while a race is projected. */
  liveDeltas(championship: string): LiveDeltas | null
  /** Entries of one championship whose position or points changed since the last download. */
  changed(championship: string): ReadonlySet<string>
}

/**
 * One championship of the model. Steps are progression steps (standings after `scored[step]`).
 * Its title scenarios are read through season-scenarios.ts, which the dashboard loads only in
 * its scenario worker.
 */
export interface ChampionshipModel {
  readonly progression: ChampionshipProgression
  /** The standings after `step`; none before the first race (step -1) or past the last. */
  table(step: number): ReadonlyArray<StandingRow>
}

/**
 * `imagine` applies imagined results (what-if.ts); it is passed in, not imported, so the screens
 * load it only for a what-if (docs/performance.md). Imagined results without it are an error.
 */
export function buildSeasonModel(
  input: SeasonModelInput,
  imagine: typeof applyWhatIf | null = null,
): SeasonModel {
  const { season, files } = input
  const results = computeSeasonStandings(season, files)
  const live = asItStands(season, files)
  const projecting = live !== null && input.projectLive !== false
  const base = projecting ? live.files : files
  const imagined = input.imagined ?? []
  if (imagined.length > 0 && imagine === null)
    throw new Error('buildSeasonModel: imagined results need applyWhatIf (what-if.ts)')
  const whatIf = imagined.length > 0 && imagine !== null ? imagine(season, base, imagined) : null
  const standings =
    whatIf !== null && whatIf.races.length > 0
      ? computeSeasonStandings(season, whatIf.files)
      : projecting
        ? live.standings
        : results
  const championship = championshipsOf(standings)
  const resultsChampionship = championshipsOf(results)
  let previous: ((id: string) => ChampionshipModel | null) | null | undefined
  const earlier = () => {
    if (previous === undefined) {
      const files = input.previousFiles ?? null
      previous =
        files === null
          ? null
          : championshipsOf(
              (projecting ? asItStands(season, files)?.standings : undefined) ??
                computeSeasonStandings(season, files),
            )
    }
    return previous
  }
  const statusAt = (step: number) =>
    standingsStatus(
      standings.scored,
      step,
      whatIf?.races ?? [],
      projecting ? (live?.liveRaces ?? []) : [],
    )
  const deltas = new Map<string, LiveDeltas | null>()
  const changed = new Map<string, ReadonlySet<string>>()
  return {
    input,
    season,
    standings,
    results,
    liveRaces: live?.liveRaces ?? [],
    projecting,
    imaginedRaces: whatIf?.races ?? [],
    unknownEntries: whatIf?.unknown ?? [],
    imagined: whatIf?.byEntry ?? [],
    championship,
    statusAt,
    finished: resultsChampionship,
    statusNote: (step) => statusSentence(statusAt(step), standings.calendar),
    finishedStep: (step) => {
      const until = standings.scored[step]?.race.index ?? -1
      return results.scored.findLastIndex((race) => race.race.index <= until)
    },
    liveDeltas: (id) =>
      remember(deltas, id, () => {
        if (!projecting) return null
        const then = lastRows(resultsChampionship(id))
        return new Map(
          lastTable(championship(id)).map((row) => {
            const before = then.get(row.id)
            return [
              row.id,
              {
                points: row.points - (before?.points ?? 0),
                places: before === undefined ? 0 : before.position - row.position,
              },
            ]
          }),
        )
      }),
    changed: (id) =>
      remember(changed, id, () => {
        const before = earlier()
        if (before === null) return new Set()
        const then = lastRows(before(id))
        return new Set(
          lastTable(championship(id)).flatMap((row) => {
            const old = then.get(row.id)
            return old !== undefined && (old.position !== row.position || old.points !== row.points)
              ? [row.id]
              : []
          }),
        )
      }),
  }
}

/** Each championship's model of one set of standings, made on first use and kept. */
function championshipsOf(standings: SeasonStandings): (id: string) => ChampionshipModel | null {
  const models = new Map<string, ChampionshipModel | null>()
  return (id) =>
    remember(models, id, () => {
      const progression = standings.championships.find((p) => p.championship.id === id)
      return progression === undefined ? null : championshipModel(progression)
    })
}

function championshipModel(progression: ChampionshipProgression): ChampionshipModel {
  const tables = new Map<number, ReadonlyArray<StandingRow>>()
  return {
    progression,
    table: (step) => remember(tables, step, () => standingsAt(progression, step)),
  }
}

/** The value kept under `key`, made the first time it is asked for. */
export function remember<K, V>(cache: Map<K, V>, key: K, make: () => V): V {
  if (cache.has(key)) return cache.get(key) ?? make()
  const value = make()
  cache.set(key, value)
  return value
}

/** The standings after the last race with results (none before the first). */
function lastTable(model: ChampionshipModel | null): ReadonlyArray<StandingRow> {
  if (model === null || model.progression.steps.length === 0) return []
  return model.table(model.progression.steps.length - 1)
}

function lastRows(model: ChampionshipModel | null): ReadonlyMap<string, StandingRow> {
  return new Map(lastTable(model).map((row) => [row.id, row]))
}
