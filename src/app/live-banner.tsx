import type { CalendarRace } from '../engine/scoring/calendar.ts'
import { listOfRaceIds } from '../model/race-name.ts'

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
  return (
    <p className={`live-banner${projecting ? ' on' : ''}`} role="status">
      <strong>LIVE</strong>{' '}
      {projecting
        ? `${listOfRaceIds(calendar, races, { opens: true })}: standings as it stands, if the race ended now — not a result.`
        : `${listOfRaceIds(calendar, races, { opens: true, more: true })} ${races.length === 1 ? 'is' : 'are'} running; showing the standings before it.`}{' '}
      <a href={toggleHref} data-nav>
        {projecting ? 'Show standings before the race' : 'Show as it stands'}
      </a>
    </p>
  )
}
