import type { CalendarRace } from '../engine/scoring/calendar.ts'
import type { StandingRow } from '../engine/scoring/standings.ts'
import { formatPoints, pointsText } from './format-points.ts'
import { calendarName } from './race-name.ts'

/** One discarded score of a standings row, as the table strikes it through. */
export interface DroppedScore {
  readonly race: string
  /** The struck-through mark: "R3 12". */
  readonly mark: string
  /** Its tooltip and name for a screen reader: "12 points from Race 3, Sebring dropped". */
  readonly text: string
}

/**
 * The races whose scores no longer count for `row` (docs/scoring-rules.md#drops), each with the
 * points discarded: every car's points in that race added up (a team's cars).
 */
export function droppedScores(
  row: Pick<StandingRow, 'dropped' | 'races'>,
  calendar: ReadonlyArray<CalendarRace>,
): ReadonlyArray<DroppedScore> {
  return row.dropped.map((raceId) => {
    const race = calendar.find((r) => r.race.id === raceId)
    const points = row.races
      .filter((r) => r.raceIndex === race?.index)
      .reduce((sum, r) => sum + r.points, 0)
    const name = race === undefined ? raceId : calendarName(race)
    return {
      race: raceId,
      mark: `${race?.label ?? raceId} ${formatPoints(points)}`,
      text: `${pointsText(points)} from ${name} dropped`,
    }
  })
}
