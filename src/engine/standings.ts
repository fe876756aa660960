import type { TieBreak } from './countback.ts'
import type { EntryRace } from './entry-race.ts'
import { readStats, type EntryStats } from './entry-stats.ts'
import type { ChampionshipProgression } from './progression.ts'
import { roundPoints } from './round-points.ts'

/** One line of a championship table (docs/scoring-rules.md#standings). */
export interface StandingRow {
  readonly position: number
  /** Position after the previous scored race; null if the entry was not in the table then. */
  readonly previousPosition: number | null
  readonly id: string
  readonly name: string
  readonly points: number
  readonly pointsBeforeDrops: number
  /** Sum of the adjustments in effect. */
  readonly adjustments: number
  readonly gapToLeader: number
  /** Points behind the entry listed directly above; 0 for the leader. */
  readonly gapToNext: number
  readonly stats: EntryStats
  /** Ids of the races whose scores are discarded. */
  readonly dropped: ReadonlyArray<string>
  /** How this entry was split from the one above on equal points; null when not level. */
  readonly tieBreak: TieBreak | null
  /** The entry's results up to this step, in calendar order. */
  readonly races: ReadonlyArray<EntryRace>
}

/** The table after progression step `step` (0-based), in standings order. */
export function standingsAt(
  progression: ChampionshipProgression,
  step: number,
): ReadonlyArray<StandingRow> {
  const current = progression.steps[step]
  if (current === undefined) return []
  const previous = progression.steps[step - 1]
  const raceIndex = current.race.index
  const raceIds = raceIdsByIndex(progression)
  const leaderPoints = current.points[current.order[0] ?? 0] ?? 0
  let abovePoints = leaderPoints
  return Array.from(current.order, (entryIndex, rank) => {
    const entry = progression.entries[entryIndex]
    const points = current.points[entryIndex] ?? 0
    const previousPosition = previous?.positions[entryIndex] ?? 0
    const row: StandingRow = {
      position: current.positions[entryIndex] ?? 0,
      previousPosition: previousPosition === 0 ? null : previousPosition,
      id: entry?.id ?? '',
      name: entry?.name ?? '',
      points,
      pointsBeforeDrops: current.pointsBeforeDrops[entryIndex] ?? 0,
      adjustments: (entry?.adjustments ?? [])
        .filter((placed) => placed.raceIndex <= raceIndex)
        .reduce((sum, placed) => sum + placed.adjustment.points, 0),
      gapToLeader: roundPoints(leaderPoints - points),
      gapToNext: roundPoints(abovePoints - points),
      stats: readStats(current.stats, entryIndex),
      dropped: droppedRaces(current.dropped, progression.dropSlots, entryIndex).map(
        (index) => raceIds.get(index) ?? String(index),
      ),
      tieBreak: current.ties.get(rank) ?? null,
      races: (entry?.races ?? []).filter((race) => race.raceIndex <= raceIndex),
    }
    abovePoints = points
    return row
  })
}

/** Calendar indices of the races dropped for `entry`, in calendar order. */
export function droppedRaces(
  dropped: Int32Array | null,
  slots: number,
  entry: number,
): ReadonlyArray<number> {
  if (dropped === null) return []
  return Array.from(dropped.subarray(entry * slots, entry * slots + slots))
    .filter((index) => index >= 0)
    .toSorted((a, b) => a - b)
}

function raceIdsByIndex(progression: ChampionshipProgression): ReadonlyMap<number, string> {
  return new Map(progression.steps.map((step) => [step.race.index, step.race.race.id]))
}
