import { asItStands } from '../engine/as-it-stands.ts'
import { computeSeasonStandings, type SeasonStandings } from '../engine/season-standings.ts'
import { standingsAt } from '../engine/standings.ts'
import type { RaceFile, Season } from '../engine/types.ts'
import { applyWhatIf, type ImaginedRace } from '../engine/what-if.ts'

/** Points and places gained in the live race, by championship and entry. */
export type LiveDeltas = ReadonlyMap<
  string,
  ReadonlyMap<string, { readonly points: number; readonly places: number }>
>

export interface LivePicture {
  /** What the views show: as it stands while a race is live (unless switched off), else the results. */
  readonly shown: SeasonStandings
  readonly liveRaces: ReadonlyArray<string>
  /** Whether `shown` is a projection from a running order. */
  readonly projecting: boolean
  /** Races whose results in `shown` are imagined (what-if), in calendar order. */
  readonly imagined: ReadonlyArray<string>
  /** Car numbers of the what-if that no result knows. */
  readonly unknownCars: ReadonlyArray<string>
  readonly deltas: LiveDeltas | null
  /** By championship, the entries whose position changed since the previous download. */
  readonly changed: ReadonlyMap<string, ReadonlySet<string>>
}

function lastRows(standings: SeasonStandings, championship: string) {
  const progression = standings.championships.find((p) => p.championship.id === championship)
  return progression === undefined ? [] : standingsAt(progression, progression.steps.length - 1)
}

/** Compares the last step of two computations of the same season, championship by championship. */
function compare<T>(
  after: SeasonStandings,
  before: SeasonStandings,
  diff: (
    now: { position: number; points: number },
    then: { position: number; points: number } | undefined,
  ) => T | null,
): ReadonlyMap<string, ReadonlyMap<string, T>> {
  return new Map(
    after.championships.map((p) => {
      const then = new Map(lastRows(before, p.championship.id).map((row) => [row.id, row]))
      const entries = lastRows(after, p.championship.id).flatMap((row) => {
        const value = diff(row, then.get(row.id))
        return value === null ? [] : [[row.id, value] as const]
      })
      return [p.championship.id, new Map(entries)]
    }),
  )
}

/**
 * The live picture of a season (docs/dashboard.md#live), derived from the files of this download
 * and of the previous one: nothing is kept between renders.
 */
export function livePicture(
  season: Season,
  files: ReadonlyMap<string, RaceFile>,
  previousFiles: ReadonlyMap<string, RaceFile> | null,
  results: SeasonStandings,
  wantLive: boolean,
  whatif: ReadonlyArray<ImaginedRace> = [],
): LivePicture {
  const live = asItStands(season, files)
  const projecting = live !== null && wantLive
  const imagined =
    whatif.length === 0 ? null : applyWhatIf(season, projecting ? live.files : files, whatif)
  const shown =
    imagined !== null && imagined.races.length > 0
      ? computeSeasonStandings(season, imagined.files)
      : projecting
        ? live.standings
        : results
  const deltas = projecting
    ? compare(shown, results, (now, then) => ({
        points: now.points - (then?.points ?? 0),
        places: then === undefined ? 0 : then.position - now.position,
      }))
    : null
  let changed: ReadonlyMap<string, ReadonlySet<string>> = new Map()
  if (previousFiles !== null) {
    const earlierLive = projecting ? asItStands(season, previousFiles) : null
    const earlier = earlierLive?.standings ?? computeSeasonStandings(season, previousFiles)
    const moved = compare(shown, earlier, (now, then) =>
      then !== undefined && (then.position !== now.position || then.points !== now.points)
        ? true
        : null,
    )
    changed = new Map([...moved].map(([id, entries]) => [id, new Set(entries.keys())]))
  }
  return {
    shown,
    liveRaces: live?.liveRaces ?? [],
    projecting,
    imagined: imagined?.races ?? [],
    unknownCars: imagined?.unknownCars ?? [],
    deltas,
    changed,
  }
}
