import type { CalendarRace } from '../engine/calendar.ts'

/** The unmistakable marker of a projection: a running order is not a result. */
export function LiveBanner({
  projecting,
  races,
  calendar,
  toggleHref,
}: {
  readonly projecting: boolean
  readonly races: ReadonlyArray<string>
  readonly calendar: ReadonlyArray<CalendarRace>
  readonly toggleHref: string
}) {
  const names = races
    .map((id) => calendar.find((race) => race.race.id === id))
    .map((race) => (race === undefined ? '' : `${race.label} ${race.round.name}`))
    .join(', ')
  return (
    <p className={`live-banner${projecting ? ' on' : ''}`} role="status">
      <strong>LIVE</strong>{' '}
      {projecting
        ? `${names}: standings as it stands, if the race ended now — not a result.`
        : `${names} is running; showing the standings before it.`}{' '}
      <a href={toggleHref} data-nav>
        {projecting ? 'Show standings before the race' : 'Show as it stands'}
      </a>
    </p>
  )
}
