import type { SeasonStandings } from '../engine/scoring/season-standings.ts'
import { standingsAt } from '../engine/scoring/standings.ts'
import { countNoun } from './count-noun.ts'
import { formatPoints, pointsText } from './format-points.ts'
import { ordinal } from './ordinal.ts'
import { calendarName } from './race-name.ts'

/**
 * What a changed result file changed (docs/scoring-rules.md#revisions): the cars that moved in
 * the race and the entries whose championship position moved, e.g. "car 20 2nd → 9th" and
 * "Pro: Hart 4th → 5th, gap to leader 71 → 82".
 */
export interface Revision {
  readonly race: string
  readonly raceName: string
  readonly cars: ReadonlyArray<string>
  /** The car numbers `cars` names: the cars the decision moved. */
  readonly movedCars: ReadonlyArray<string>
  readonly standings: ReadonlyArray<string>
  /** `standings` as data: each entry whose championship position moved. */
  readonly moves: ReadonlyArray<RevisionMove>
}

/** An entry whose championship position a revision moved. */
export interface RevisionMove {
  readonly championship: string
  readonly championshipName: string
  readonly id: string
  readonly name: string
  readonly shortName?: string
  readonly from: number
  readonly to: number
  readonly gapFrom: number
  readonly gapTo: number
}

/** "Pro: Hart 4th → 5th, gap to leader 71 → 82" (`name` as the sentence names the entry). */
export function moveText(move: RevisionMove, name = move.name): string {
  const gap =
    move.gapFrom === move.gapTo
      ? ''
      : `, gap to leader ${formatPoints(move.gapFrom)} → ${formatPoints(move.gapTo)}`
  return `${move.championshipName}: ${name} ${ordinal(move.from)} → ${ordinal(move.to)}${gap}`
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
  const movedCars: Array<string> = []
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
    movedCars.push(row.car)
    const penalty = row.penaltyPoints > 0 ? `, −${pointsText(row.penaltyPoints)}` : ''
    return [`car ${row.car} ${place(old.position)} → ${place(row.position)}${penalty}`]
  })
  if (shuffled > 0) cars.push(`${countNoun(shuffled, 'car')} one place up or down`)
  const moves = after.championships.flatMap((progression): Array<RevisionMove> => {
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
      const { championship } = progression
      return [
        {
          championship: championship.id,
          championshipName: championship.name,
          id: row.id,
          name: row.name,
          ...(row.shortName === undefined ? {} : { shortName: row.shortName }),
          from: old.position,
          to: row.position,
          gapFrom: old.gapToLeader,
          gapTo: row.gapToLeader,
        },
      ]
    })
  })
  return {
    race: raceId,
    raceName: calendar === undefined ? raceId : calendarName(calendar),
    cars,
    movedCars,
    standings: moves.map((move) => moveText(move)),
    moves,
  }
}
