import type { CalendarRace } from '../../engine/scoring/calendar.ts'
import { formatPoints, pointsText } from '../../model/format-points.ts'
import type { StandingRow } from '../../engine/scoring/standings.ts'

/**
 * The races whose scores no longer count, struck through, each with a tooltip naming the race
 * and the points discarded (docs/scoring-rules.md#drops).
 */
export function DroppedResults({
  row,
  calendar,
}: {
  readonly row: StandingRow
  readonly calendar: ReadonlyArray<CalendarRace>
}) {
  if (row.dropped.length === 0) return null
  return (
    <span className="dropped-list">
      {row.dropped.map((raceId) => {
        const race = calendar.find((r) => r.race.id === raceId)
        const points = row.races
          .filter((r) => r.raceIndex === race?.index)
          .reduce((sum, r) => sum + r.points, 0)
        const name = race === undefined ? raceId : `${race.race.name}, ${race.round.name}`
        const text = `${pointsText(points)} from ${name} dropped`
        return (
          <s key={raceId} title={text} aria-label={text} className="dropped">
            {race?.label ?? raceId} {formatPoints(points)}
          </s>
        )
      })}
    </span>
  )
}
