import type { RaceFile, Season } from '../engine/types.ts'
import { computeSeasonStandings } from '../engine/scoring/season-standings.ts'
import type { LiveSeason } from './live-season.ts'
import { retryableImport } from './retryable-import.ts'
import type { SeasonCheck } from './validate-season.ts'

// Only a refresh that changes a result needs it: out of the first load (docs/performance.md).
const loadRevision = retryableImport(() => import('../model/revision.ts'))

const MAX_REVISIONS = 20

function resultsOf(file: RaceFile | undefined) {
  return file?.kind === 'results' ? file.results : null
}

/**
 * A season read again, merged with what was shown before (live-season.ts `refreshSeason`): only
 * a poll after the first read needs it, so it loads then (docs/performance.md). A result file
 * that has become unreadable or invalid keeps its last good version (marked stale), and a
 * changed provisional or official result is logged with what it moved.
 */
export async function mergeRefresh({
  check,
  season,
  previous,
  previousSeason,
  kept,
  at,
}: {
  readonly check: SeasonCheck
  /** `check.season`, usable. */
  readonly season: Season
  readonly previous: LiveSeason
  /** `previous.season`, usable. */
  readonly previousSeason: Season
  readonly kept: Pick<LiveSeason, 'fetchedAt' | 'feed' | 'olderManifest'>
  readonly at: number
}): Promise<LiveSeason> {
  const files = new Map(check.files)
  const staleSince = new Map<string, number>()
  const keptFiles = new Set<string>()
  for (const [race, old] of previous.files) {
    const fresh = check.files.get(race)
    if (old.kind === 'results' && (fresh === undefined || fresh.kind === 'invalid')) {
      files.set(race, old)
      staleSince.set(race, previous.staleSince.get(race) ?? previous.fetchedAt)
      const file = season.rounds.flatMap((r) => r.races).find((r) => r.id === race)?.results
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
      (before.status !== after.status || JSON.stringify(before.rows) !== JSON.stringify(after.rows))
    )
  })
  if (changed.length > 0) {
    const { describeRevision } = await loadRevision()
    const before = computeSeasonStandings(previousSeason, previous.files)
    const after = computeSeasonStandings(season, files)
    for (const [race, file] of changed) {
      const from = resultsOf(previous.files.get(race))?.status
      const to = resultsOf(file)?.status
      revisions.unshift({
        ...describeRevision(before, after, race),
        at,
        notes: resultsOf(file)?.notes ?? [],
        status: from === undefined || to === undefined || from === to ? null : { from, to },
      })
    }
  }
  return {
    ...check,
    files,
    faults: check.faults.filter((fault) => !keptFiles.has(fault.file)),
    ...kept,
    previousFiles: previous.files,
    staleSince,
    revisions: revisions.slice(0, MAX_REVISIONS),
  }
}
