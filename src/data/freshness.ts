import { refreshInterval, staleAfter, weekendOn, type LiveSeason } from './live-season.ts'

/** What the screen says about how fresh its numbers are (docs/dashboard.md#staleness). */
export interface FreshnessInput {
  /** When the last read that succeeded was made. */
  readonly fetchedAt: number
  /** When a read last failed (0: never). */
  readonly errorAt: number
  /** The last read failed. */
  readonly failing: boolean
  /** Races shown from an older download because their latest file was unusable. */
  readonly staleFiles: ReadonlyArray<string>
  /** Races with a result file that could not be read or used: left out of the standings. */
  readonly missingFiles: ReadonlyArray<string>
  /** The last poll found an older manifest and ignored it: its `updatedAt`. */
  readonly olderVersion: string | null
  /** How often the data is read; false when it is not polled. */
  readonly interval: number | false
  /** A race weekend is on (a result scheduled, live or provisional): the clock is shown. */
  readonly weekend: boolean
}

/**
 * What a season's data says about its freshness: the read and its query's last failure
 * (`errorAt`, 0: never; `failing`: the last read failed). The one place the screen's banner and
 * dimming are derived from the data.
 */
export function freshnessOf(
  data: LiveSeason,
  read: { readonly errorAt: number; readonly failing: boolean },
): FreshnessInput {
  return {
    fetchedAt: data.fetchedAt,
    errorAt: read.errorAt,
    failing: read.failing,
    staleFiles: [...data.staleSince.keys()],
    missingFiles: [...data.files].flatMap(([race, file]) =>
      file.kind === 'invalid' ? [race] : [],
    ),
    olderVersion: data.olderManifest?.updatedAt ?? null,
    interval: refreshInterval(data, read.failing),
    weekend: weekendOn(data),
  }
}

export type Freshness = 'quiet' | 'fresh' | 'stale' | 'recovered'

/**
 * Why stale numbers are stale: the server fails, a file is unusable, a race is missing from the
 * standings, the server sends an older version, or nothing answers.
 */
export function staleReason(
  input: FreshnessInput,
): 'server' | 'files' | 'missing' | 'older' | 'silent' {
  if (input.failing) return 'server'
  if (input.staleFiles.length > 0) return 'files'
  if (input.missingFiles.length > 0) return 'missing'
  return input.olderVersion !== null ? 'older' : 'silent'
}

/** How long "back up to date" stays on screen. */
const RECOVERED_FOR_MS = 10_000

/**
 * Fresh while reads succeed in time; stale when a read failed, a file is shown from an older
 * download, a race's file is missing from the standings (issue 22 #2), or no read of a version
 * at least as new as the one shown has succeeded for two poll intervals and a timeout (a server
 * that hangs, or a CDN edge serving an older manifest);
 * "recovered" for ten seconds after the last failure once a read succeeds again. Quiet (no
 * clock) when nothing is polled or no race weekend is on.
 */
export function freshnessAt(input: FreshnessInput, now: number): Freshness {
  const limit = staleAfter(input.interval)
  if (input.failing || input.staleFiles.length > 0 || input.missingFiles.length > 0) return 'stale'
  if (limit !== null && now - input.fetchedAt > limit) return 'stale'
  // A read that hangs times out and fails too, so every stale spell of the server ends here.
  const { errorAt, fetchedAt } = input
  if (errorAt > 0 && fetchedAt > errorAt && now - errorAt < RECOVERED_FOR_MS) return 'recovered'
  return limit !== null && input.weekend ? 'fresh' : 'quiet'
}

/** "0:42", "12:05": an age as a running clock shows it. */
export function formatAge(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000))
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}
