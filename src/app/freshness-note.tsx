import type { CalendarRace } from '../engine/calendar.ts'

function clock(ms: number): string {
  return new Date(ms).toLocaleTimeString([], {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
}

/**
 * When the data server fails, the last good standings stay on screen with the time they are
 * from; the page keeps retrying and the note goes away by itself once it answers again.
 */
export function FreshnessNote({
  refetchFailed,
  updatedAt,
  staleSince,
  calendar,
}: {
  readonly refetchFailed: boolean
  readonly updatedAt: number
  readonly staleSince: ReadonlyMap<string, number>
  readonly calendar: ReadonlyArray<CalendarRace>
}) {
  const stale = [...staleSince]
  if (!refetchFailed && stale.length === 0) return null
  const oldest = Math.min(updatedAt, ...stale.map(([, since]) => since))
  const races = stale.map(([id]) => {
    const race = calendar.find((r) => r.race.id === id)
    return race === undefined ? id : `R${race.index + 1}`
  })
  return (
    <p className="stale" role="status">
      <strong>Stale since {clock(oldest)}.</strong>{' '}
      {refetchFailed
        ? 'The data server is not answering; showing the last good standings and retrying.'
        : `The latest ${races.join(', ')} file could not be used; showing its last good version and retrying.`}
    </p>
  )
}
