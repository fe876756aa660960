import { staleAfter } from '../data/live-season.ts'

/** What the screen says about how fresh its numbers are (docs/dashboard.md#staleness). */
export interface FreshnessInput {
  /** When the last read that succeeded was made, and the one before it. */
  readonly fetchedAt: number
  readonly lastFetchedAt: number | null
  /** When a read last failed (0: never). */
  readonly errorAt: number
  /** The last read failed. */
  readonly failing: boolean
  /** Races shown from an older download because their latest file was unusable. */
  readonly staleFiles: ReadonlyArray<string>
  /** How often the data is read; false when it is not polled. */
  readonly interval: number | false
}

export type Freshness =
  | { readonly kind: 'quiet' }
  | { readonly kind: 'fresh' }
  | { readonly kind: 'stale'; readonly since: number; readonly why: 'server' | 'files' | 'silent' }
  | { readonly kind: 'recovered'; readonly after: number }

/** How long "back up to date" stays on screen. */
export const RECOVERED_FOR_MS = 10_000

/**
 * Fresh while reads succeed in time; stale when a read failed, a file is shown from an older
 * download, or no read has succeeded for two poll intervals and a timeout (a server that hangs);
 * "recovered" for a while after a good read ends a stale spell. Quiet when nothing is polled.
 */
export function freshnessAt(input: FreshnessInput, now: number): Freshness {
  const limit = staleAfter(input.interval)
  if (input.failing) return { kind: 'stale', since: input.fetchedAt, why: 'server' }
  if (input.staleFiles.length > 0) return { kind: 'stale', since: input.fetchedAt, why: 'files' }
  if (limit !== null && now - input.fetchedAt > limit)
    return { kind: 'stale', since: input.fetchedAt, why: 'silent' }
  const last = input.lastFetchedAt
  const wasStale =
    last !== null && (input.errorAt > last || (limit !== null && input.fetchedAt - last > limit))
  if (wasStale && now - input.fetchedAt < RECOVERED_FOR_MS)
    return { kind: 'recovered', after: input.fetchedAt - last }
  return limit === null ? { kind: 'quiet' } : { kind: 'fresh' }
}

/** "0:42", "12:05": an age as a running clock shows it. */
export function formatAge(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000))
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}
