import { describeRevision, type Revision } from '../model/revision.ts'
import { computeSeasonStandings } from '../engine/season-standings.ts'
import type { RaceFile } from '../engine/types.ts'
import type { ReadText } from './read-text.ts'
import { validateSeason, type SeasonCheck } from './validate-season.ts'

/** A season as the dashboard holds it while results may still change (docs/dashboard.md#live). */
export interface LiveSeason extends SeasonCheck {
  readonly fetchedAt: number
  /** The files of the previous download: what "changed since the last update" compares with. */
  readonly previousFiles: ReadonlyMap<string, RaceFile> | null
  /** Races shown from an earlier download because the latest failed: race id → since (ms). */
  readonly staleSince: ReadonlyMap<string, number>
  /** Changes to provisional or official results, newest first, with the files' notes. */
  readonly revisions: ReadonlyArray<LoggedRevision>
}

export interface LoggedRevision extends Revision {
  readonly at: number
  readonly notes: ReadonlyArray<string>
}

const MAX_REVISIONS = 20

function resultsOf(file: RaceFile | undefined) {
  return file?.kind === 'results' ? file.results : null
}

/**
 * Reads the season again and merges it with what was shown before: a result file that has
 * become unreadable or invalid keeps its last good version (marked stale, so a failing server
 * never blanks the standings), and a changed provisional or official result is logged with what
 * it moved.
 */
export async function refreshSeason(
  folder: string,
  readText: ReadText,
  previous: LiveSeason | undefined,
  now: () => number = Date.now,
): Promise<LiveSeason> {
  const check = await validateSeason(folder, readText)
  const at = now()
  if (previous === undefined || check.season === null || previous.season === null) {
    if (check.season === null && previous?.season != null)
      throw new Error(check.faults.map((f) => `${f.file}: ${f.message}`).join('\n'))
    return { ...check, fetchedAt: at, previousFiles: null, staleSince: new Map(), revisions: [] }
  }
  const files = new Map(check.files)
  const staleSince = new Map<string, number>()
  const keptFiles = new Set<string>()
  for (const [race, old] of previous.files) {
    const fresh = check.files.get(race)
    if (old.kind === 'results' && (fresh === undefined || fresh.kind === 'invalid')) {
      files.set(race, old)
      staleSince.set(race, previous.staleSince.get(race) ?? previous.fetchedAt)
      const file = check.season.rounds.flatMap((r) => r.races).find((r) => r.id === race)?.results
      if (file !== undefined) keptFiles.add(file)
    }
  }
  const revisions = [...previous.revisions]
  const changed = [...files].filter(([race, file]) => {
    const before = resultsOf(previous.files.get(race))
    const after = resultsOf(file)
    return (
      before !== null &&
      after !== null &&
      before.status !== 'live' &&
      before.status !== 'scheduled' &&
      JSON.stringify(before.rows) !== JSON.stringify(after.rows)
    )
  })
  if (changed.length > 0) {
    const before = computeSeasonStandings(previous.season, previous.files)
    const after = computeSeasonStandings(check.season, files)
    for (const [race, file] of changed)
      revisions.unshift({
        ...describeRevision(before, after, race),
        at,
        notes: resultsOf(file)?.notes ?? [],
      })
  }
  return {
    ...check,
    files,
    faults: check.faults.filter((fault) => !keptFiles.has(fault.file)),
    fetchedAt: at,
    previousFiles: previous.files,
    staleSince,
    revisions: revisions.slice(0, MAX_REVISIONS),
  }
}

/**
 * How often to look again: every 3 s while a race is live, every 5 s while one is scheduled or a
 * file is failing, every 10 s while provisional (the stewards may still act), never once all are
 * official.
 * Each look is a conditional request per file: an unchanged file costs a 304.
 */
export function refreshInterval(season: LiveSeason | undefined, failing: boolean): number | false {
  if (failing || (season?.staleSince.size ?? 0) > 0) return 5_000
  const statuses = [...(season?.files.values() ?? [])].flatMap((file) =>
    file.kind === 'results' ? [file.results.status] : [],
  )
  if (statuses.includes('live')) return 3_000
  if (statuses.includes('scheduled')) return 5_000
  if (statuses.includes('provisional')) return 10_000
  return false
}
