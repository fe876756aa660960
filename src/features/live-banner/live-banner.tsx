import type { CalendarRace } from '../../engine/scoring/calendar.ts'
import { liveBannerWords } from '../../model/live-words.ts'

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
  const words = liveBannerWords(calendar, races, projecting)
  return (
    <p className={`live-banner${projecting ? ' on' : ''}`} role="status">
      <strong>{words.word}</strong> {words.sentence}{' '}
      <a href={toggleHref} data-nav>
        {words.toggle}
      </a>
    </p>
  )
}
