import type { SeasonStandings } from '../engine/season-standings.ts'
import { standingsAt } from '../engine/standings.ts'
import { countNoun } from './count-noun.ts'
import { formatPoints } from './format-points.ts'
import { ordinal } from './ordinal.ts'

/**
 * What a changed result file changed (docs/scoring-rules.md#revisions): the cars that moved in
 * the race and the entries whose championship position moved, e.g. "car 20 2nd → 9th" and
 * "Pro: Hart 4th → 5th, gap to leader 71 → 82".
 */
export interface Revision {
  readonly race: string
  readonly raceName: string
  readonly cars: ReadonlyArray<string>
  readonly standings: ReadonlyArray<string>
}

function place(position: number | null): string {
  return position === null ? 'out' : ordinal(position)
}

export function describeRevision(
  before: SeasonStandings,
  after: SeasonStandings,
  raceId: string,
): Revision {
  const raceBefore = before.scored.find((race) => race.race.race.id === raceId)
  const raceAfter = after.scored.find((race) => race.race.race.id === raceId)
  const calendar = after.calendar.find((race) => race.race.id === raceId)
  const earlier = new Map((raceBefore?.rows ?? []).map((row) => [row.car, row]))
  // The cars a decision moved: a status or points change, or a move of more than one place
  // (the cars that moved up one place behind them are counted, not listed).
  let shuffled = 0
  const cars = (raceAfter?.rows ?? []).flatMap((row) => {
    const old = earlier.get(row.car)
    if (old === undefined) return []
    const moved = Math.abs((old.position ?? 0) - (row.position ?? 0))
    const sameStatus = old.status === row.status && old.penaltyPoints === row.penaltyPoints
    if (sameStatus && moved === 0) return []
    if (sameStatus && moved === 1) {
      shuffled += 1
      return []
    }
    const penalty = row.penaltyPoints > 0 ? `, −${formatPoints(row.penaltyPoints)} points` : ''
    return [`car ${row.car} ${place(old.position)} → ${place(row.position)}${penalty}`]
  })
  if (shuffled > 0) cars.push(`${countNoun(shuffled, 'car')} one place up or down`)
  const standings = after.championships.flatMap((progression) => {
    const previous = before.championships.find(
      (p) => p.championship.id === progression.championship.id,
    )
    if (previous === undefined) return []
    const rowsAfter = standingsAt(progression, progression.steps.length - 1)
    const rowsBefore = new Map(
      standingsAt(previous, previous.steps.length - 1).map((row) => [row.id, row]),
    )
    return rowsAfter.flatMap((row) => {
      const old = rowsBefore.get(row.id)
      if (old === undefined || old.position === row.position) return []
      const gap =
        old.gapToLeader === row.gapToLeader
          ? ''
          : `, gap to leader ${formatPoints(old.gapToLeader)} → ${formatPoints(row.gapToLeader)}`
      return [
        `${progression.championship.name}: ${row.name} ${ordinal(old.position)} → ${ordinal(row.position)}${gap}`,
      ]
    })
  })
  return {
    race: raceId,
    raceName: calendar === undefined ? raceId : `${calendar.race.name}, ${calendar.round.name}`,
    cars,
    standings,
  }
}
