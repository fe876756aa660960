import type { CalendarRace } from '../../engine/scoring/calendar.ts'
import { formatAge, freshnessAt, staleReason, type FreshnessInput } from '../../data/freshness.ts'
import { listOf } from '../../model/list-of.ts'
import { listOfRaceIds } from '../../model/race-name.ts'
import { clockTime as clock } from '../../model/clock-time.ts'
import { staleWords } from '../../model/freshness-words.ts'
import { useClock } from '../../ui/use-clock.ts'

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
  // "race 11", "round 18, Japan," (words follow); the ids themselves for races it lacks.
  const named = (ids: ReadonlyArray<string>) => {
    const names = listOfRaceIds(calendar, ids, { more: true })
    return names === '' ? listOf(ids) : names
  }
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
    case 'stale': {
      const words = staleWords(
        why,
        { ...input, everySeconds: input.interval === false ? 5 : input.interval / 1000 },
        named,
      )
      return (
        <div className="freshness stale" role="alert">
          <strong className="stale-word">{words.word}</strong>{' '}
          <span>
            {words.sentence}
            {why === 'missing' ? (
              ' '
            ) : (
              <>
                {' '}
                Age <Age since={input.fetchedAt} />.{' '}
              </>
            )}
            {words.retry}
          </span>
        </div>
      )
    }
  }
}
