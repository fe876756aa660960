import type { CalendarRace } from '../../engine/scoring/calendar.ts'
import { listOfRaceIds } from '../../model/race-name.ts'

/** Marks every view while imagined results are in the standings: they are not results. */
export function WhatIfBanner({
  races,
  unknown,
  calendar,
  clearHref,
}: {
  readonly races: ReadonlyArray<string>
  /** Drivers (or car numbers of an older link) no result knows. */
  readonly unknown: ReadonlyArray<string>
  readonly calendar: ReadonlyArray<CalendarRace>
  readonly clearHref: string
}) {
  return (
    <p className="whatif-banner" role="status">
      <strong>HYPOTHETICAL</strong> {listOfRaceIds(calendar, races, { more: true })}{' '}
      {races.length === 1 ? 'is' : 'are'} imagined: these standings are a what-if, not results.
      {unknown.length > 0 && ` Left out, no result knows them: ${unknown.join(', ')}.`}{' '}
      <a href={clearHref} data-nav>
        Clear the what-if
      </a>
    </p>
  )
}
