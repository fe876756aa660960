import type { CalendarRace } from '../../engine/scoring/calendar.ts'
import type { StandingRow } from '../../engine/scoring/standings.ts'
import { droppedScores } from '../../model/dropped-scores.ts'

/**
 * The races whose scores no longer count, struck through, each with a tooltip naming the race
 * and the points discarded (docs/scoring-rules.md#drops; the words: model/dropped-scores.ts).
 */
export function DroppedResults({
  row,
  calendar,
}: {
  readonly row: StandingRow
  readonly calendar: ReadonlyArray<CalendarRace>
}) {
  const scores = droppedScores(row, calendar)
  if (scores.length === 0) return null
  return (
    <span className="dropped-list">
      {scores.map((score) => (
        <s key={score.race} title={score.text} aria-label={score.text} className="dropped">
          {score.mark}
        </s>
      ))}
    </span>
  )
}
