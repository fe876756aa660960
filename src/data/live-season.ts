import type { Revision } from '../model/revision.ts'
import type { RaceFile } from '../engine/types.ts'
import type { ReadText } from './read-text.ts'
import { retryableImport } from './retryable-import.ts'
import { openFeed, type FeedCache } from './season-feed.ts'
import { validateSeason, type SeasonCheck } from './validate-season.ts'

// Only a poll after the first read merges: out of the first load (docs/performance.md).
const loadMerge = retryableImport(() => import('./merge-refresh.ts'))

/** A season as the dashboard holds it while results may still change (docs/dashboard.md#live). */
export interface LiveSeason extends SeasonCheck {
  readonly fetchedAt: number
  /** The files of the previous download: what "changed since the last update" compares with. */
  readonly previousFiles: ReadonlyMap<string, RaceFile> | null
  /** Races shown from an earlier download because the latest failed: race id → since (ms). */
  readonly staleSince: ReadonlyMap<string, number>
  /** Changes to provisional or official results, newest first, with the files' notes. */
  readonly revisions: ReadonlyArray<LoggedRevision>
  /** What the last poll of the manifest left to compare with; null: the folder has none. */
  readonly feed: FeedCache | null
  /**
   * The last poll found a manifest older than the one shown (a CDN edge behind): ignored, and
   * `fetchedAt` not moved, so the screen says the numbers are not fresh (docs/dashboard.md).
   */
  readonly olderManifest: { readonly seenAt: number; readonly updatedAt: string } | null
}

export interface LoggedRevision extends Revision {
  readonly at: number
  readonly notes: ReadonlyArray<string>
  /** The result's status before and after, when the revision changed it ("provisional", "official"). */
  readonly status: { readonly from: string; readonly to: string } | null
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
  const at = now()
  const feed = await openFeed(folder, readText, previous?.feed ?? null, at)
  if (feed.kind === 'failed') throw new Error(feed.message)
  // Nothing changed: the same objects, so nothing downstream is worked out again.
  if (feed.kind === 'unchanged' && previous !== undefined) {
    const checked = feed.checkedAt !== undefined && previous.feed !== null
    return {
      ...previous,
      fetchedAt: at,
      olderManifest: null,
      ...(checked ? { feed: { ...previous.feed, checkedAt: feed.checkedAt } } : {}),
    }
  }
  if (feed.kind === 'older' && previous !== undefined)
    return { ...previous, olderManifest: { seenAt: at, updatedAt: feed.updatedAt } }
  const read = feed.kind === 'read' ? feed : null
  const validated = await validateSeason(folder, read?.readText ?? readText)
  const check = { ...validated, warnings: [...(read?.warnings ?? []), ...validated.warnings] }
  const cache = read?.cache() ?? null
  const kept = {
    fetchedAt: at,
    feed: cache?.manifestText === null ? null : cache,
    olderManifest: null,
  }
  if (previous === undefined || check.season === null || previous.season === null) {
    if (check.season === null && previous?.season != null)
      throw new Error(check.faults.map((f) => `${f.file}: ${f.message}`).join('\n'))
    return { ...check, ...kept, previousFiles: null, staleSince: new Map(), revisions: [] }
  }
  const { mergeRefresh } = await loadMerge()
  return mergeRefresh({
    check,
    season: check.season,
    previous,
    previousSeason: previous.season,
    kept,
    at,
  })
}

/**
 * How often to look again: every 3 s while a race is live, every 5 s while one is scheduled,
 * every 10 s while provisional (the stewards may still act). Once all are official, every 30 s if
 * the season has a manifest (one small request: a new race weekend shows up by itself) and never
 * without one. While requests fail, at least every 5 s, so recovery is seen at once.
 */
export function refreshInterval(season: LiveSeason | undefined, failing: boolean): number | false {
  const statuses = statusesOf(season)
  const interval = statuses.has('live')
    ? 3_000
    : statuses.has('scheduled')
      ? 5_000
      : statuses.has('provisional')
        ? 10_000
        : season?.feed != null
          ? 30_000
          : false
  // A file that could not be read (a listed result answering 404) is asked for again soon, even
  // in a finished season: until it loads, the standings leave its race out (issue 22 #2).
  const failed =
    failing ||
    (season?.staleSince.size ?? 0) > 0 ||
    (season?.unreadable.length ?? 0) > 0 ||
    season?.olderManifest != null
  return failed ? Math.min(interval === false ? 5_000 : interval, 5_000) : interval
}

function statusesOf(season: LiveSeason | undefined): ReadonlySet<string> {
  return new Set(
    [...(season?.files.values() ?? [])].flatMap((file) =>
      file.kind === 'results' ? [file.results.status] : [],
    ),
  )
}

/** Whether a race weekend is on: a result is scheduled, live or not yet official. */
export function weekendOn(season: LiveSeason | undefined): boolean {
  const statuses = statusesOf(season)
  return statuses.has('live') || statuses.has('scheduled') || statuses.has('provisional')
}

/** A poll's requests fail after this long: a hung server is marked stale within two polls. */
export const POLL_TIMEOUT_MS = 2_500

/**
 * How old the last good read may get before the screen says the data is not updating: two poll
 * intervals and a request timeout (docs/dashboard.md#staleness). Null when nothing is polled.
 */
export function staleAfter(interval: number | false): number | null {
  return interval === false ? null : 2 * interval + POLL_TIMEOUT_MS
}
