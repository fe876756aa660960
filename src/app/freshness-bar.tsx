import type { CalendarRace } from '../engine/scoring/calendar.ts'
import { formatAge, freshnessAt, staleReason, type FreshnessInput } from './freshness.ts'
import { listOf } from '../model/list-of.ts'
import { listOfRaceIds } from '../model/race-name.ts'
import { clockTime as clock } from '../ui/clock-time.ts'
import { useClock } from './use-clock.ts'

/** A running "m:ss" since `since`, repainted once a second (hidden from screen readers). */
function Age({ since }: { readonly since: number }) {
  const seconds = useClock((now) => Math.max(0, Math.floor((now - since) / 1000)))
  return (
    <span className="age" aria-hidden="true">
      {formatAge(seconds * 1000)}
    </span>
  )
}

/**
 * How fresh the numbers are, readable from across the room (docs/dashboard.md#staleness): a
 * running clock while the data is polled; past two poll intervals without a good read, or when
 * a read fails, a banner that says the data is not updating (the numbers dim, season-screen.tsx);
 * "back up to date" when it recovers. Retrying is automatic.
 */
export function FreshnessBar({
  input,
  calendar,
}: {
  readonly input: FreshnessInput
  /** The season's races: `input.staleFiles` and `input.missingFiles` named as the series does. */
  readonly calendar: ReadonlyArray<CalendarRace>
}) {
  // Re-rendered only when the kind changes, not every second.
  const kind = useClock((now) => freshnessAt(input, now))
  const why = staleReason(input)
  const at = clock(input.fetchedAt)
  const every = input.interval === false ? 5 : input.interval / 1000
  // "race 11", "round 18, Japan," (words follow); the ids themselves for races it lacks.
  const named = (ids: ReadonlyArray<string>) => {
    const names = listOfRaceIds(calendar, ids, { more: true })
    return names === '' ? listOf(ids) : names
  }
  const many = (ids: ReadonlyArray<string>) => ids.length > 1
  switch (kind) {
    case 'quiet':
      return null
    case 'fresh':
      return (
        <p className="freshness fresh">
          <span className="dot" aria-hidden="true" /> Live data · checked at {at},{' '}
          <Age since={input.fetchedAt} /> ago
        </p>
      )
    case 'recovered':
      return (
        <p className="freshness recovered" role="status">
          <strong>Back up to date</strong> at {at}: the data is updating again.
        </p>
      )
    case 'stale':
      if (why === 'missing')
        return (
          <div className="freshness stale" role="alert">
            <strong className="stale-word">INCOMPLETE</strong>{' '}
            <span>
              The {many(input.missingFiles) ? 'results' : 'result'} of {named(input.missingFiles)}{' '}
              could not be loaded: these standings leave {many(input.missingFiles) ? 'them' : 'it'}{' '}
              out. Retrying every {every} s.
            </span>
          </div>
        )
      return (
        <div className="freshness stale" role="alert">
          <strong className="stale-word">NOT UPDATING</strong>{' '}
          <span>
            {why === 'files'
              ? `The latest ${many(input.staleFiles) ? 'files' : 'file'} of ${named(input.staleFiles)} could not be used: shown as it was at ${at}.`
              : why === 'server'
                ? `The data server is not answering. These numbers are from ${at}.`
                : why === 'older'
                  ? `The data server sent an older version (of ${clock(Date.parse(input.olderVersion ?? ''))}), which was ignored. These numbers are from ${at}.`
                  : `No answer from the data server since ${at}.`}{' '}
            Age <Age since={input.fetchedAt} />. Retrying every {every} s.
          </span>
        </div>
      )
  }
}
