import type { ChampionshipProgression } from './progression.ts'
import { roundPoints } from './round-points.ts'

/**
 * One entry's figures after every step of a championship's progression, for charts and
 * head-to-heads (docs/scoring-rules.md#progression). `null` where the entry was not yet in the
 * table.
 */
export interface EntrySeries {
  readonly id: string
  readonly name: string
  /** The driver's short name as the data gives it, if it does (championship-entries.ts `Entry`). */
  readonly shortName?: string
  readonly points: ReadonlyArray<number | null>
  readonly pointsBeforeDrops: ReadonlyArray<number | null>
  readonly positions: ReadonlyArray<number | null>
  /** Points behind the leader of that step. */
  readonly gapToLeader: ReadonlyArray<number | null>
  /** Points behind the leader of that step, both counted before drops. */
  readonly gapToLeaderBeforeDrops: ReadonlyArray<number | null>
}

/** The series of the entry with `id`, or null if it is not in the championship. */
export function entrySeries(progression: ChampionshipProgression, id: string): EntrySeries | null {
  const entry = progression.entries.findIndex((candidate) => candidate.id === id)
  const named = progression.entries[entry]
  if (named === undefined) return null
  const { table } = progression
  const count = progression.entries.length
  const points: Array<number | null> = []
  const before: Array<number | null> = []
  const positions: Array<number | null> = []
  const gap: Array<number | null> = []
  const gapBefore: Array<number | null> = []
  progression.steps.forEach((_, step) => {
    const base = step * count
    const position = table.positions[base + entry] ?? 0
    if (position === 0) {
      points.push(null)
      before.push(null)
      positions.push(null)
      gap.push(null)
      gapBefore.push(null)
      return
    }
    const own = table.points[base + entry] ?? 0
    const ownBefore = table.pointsBeforeDrops[base + entry] ?? 0
    const leader = table.points[base + (table.order[base] ?? 0)] ?? 0
    let leaderBefore = ownBefore
    for (let rank = 0; rank < (table.sizes[step] ?? 0); rank += 1)
      leaderBefore = Math.max(
        leaderBefore,
        table.pointsBeforeDrops[base + (table.order[base + rank] ?? 0)] ?? 0,
      )
    points.push(own)
    before.push(ownBefore)
    positions.push(position)
    gap.push(roundPoints(leader - own))
    gapBefore.push(roundPoints(leaderBefore - ownBefore))
  })
  return {
    id: named.id,
    name: named.name,
    ...(named.shortName === undefined ? {} : { shortName: named.shortName }),
    points,
    pointsBeforeDrops: before,
    positions,
    gapToLeader: gap,
    gapToLeaderBeforeDrops: gapBefore,
  }
}
