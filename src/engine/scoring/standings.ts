import type { TieBreak } from './countback.ts'
import type { EntryRace } from './entry-race.ts'
import { readStats, STAT_SLOTS, type EntryStats } from './entry-stats.ts'
import type { ChampionshipProgression } from './progression.ts'
import { roundPoints } from './round-points.ts'

/** One line of a championship table (docs/scoring-rules.md#progression). */
export interface StandingRow {
  readonly position: number
  /** Position after the previous scored race; null if the entry was not in the table then. */
  readonly previousPosition: number | null
  readonly id: string
  readonly name: string
  /** The driver's short name as the data gives it, if it does (championship-entries.ts `Entry`). */
  readonly shortName?: string
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
  const { table, entries, dropSlots } = progression
  const race = progression.steps[step]
  if (race === undefined) return []
  const count = entries.length
  const base = step * count
  const size = table.sizes[step] ?? 0
  const raceIds = raceIdsOf(progression)
  const points = (entry: number) => table.points[base + entry] ?? 0
  const leaderPoints = points(table.order[base] ?? 0)
  const rows: Array<StandingRow> = []
  for (let rank = 0; rank < size; rank += 1) {
    const entryIndex = table.order[base + rank] ?? 0
    const entry = entries[entryIndex]
    const previousPosition = step > 0 ? (table.positions[base - count + entryIndex] ?? 0) : 0
    const dropped =
      table.dropsApply[step] === 1
        ? droppedRaces(table.dropped, (base + entryIndex) * dropSlots, dropSlots)
        : []
    const shortName = entry?.shortName
    rows.push({
      position: table.positions[base + entryIndex] ?? 0,
      previousPosition: previousPosition === 0 ? null : previousPosition,
      id: entry?.id ?? '',
      name: entry?.name ?? '',
      ...(shortName === undefined ? {} : { shortName }),
      points: points(entryIndex),
      pointsBeforeDrops: table.pointsBeforeDrops[base + entryIndex] ?? 0,
      adjustments: (entry?.adjustments ?? [])
        .filter((placed) => placed.raceIndex <= race.index)
        .reduce((sum, placed) => sum + placed.adjustment.points, 0),
      gapToLeader: roundPoints(leaderPoints - points(entryIndex)),
      gapToNext:
        rank === 0
          ? 0
          : roundPoints(points(table.order[base + rank - 1] ?? 0) - points(entryIndex)),
      stats: readStats(table.stats.subarray(base * STAT_SLOTS), entryIndex),
      dropped: dropped.map((index) => raceIds.get(index) ?? String(index)),
      tieBreak: table.ties[step]?.get(rank) ?? null,
      races: upTo(entry?.races ?? [], race.index),
    })
  }
  return rows
}

const raceIdCache = new WeakMap<ChampionshipProgression, ReadonlyMap<number, string>>()

/** Race id by calendar index for the races of a progression, made once. */
function raceIdsOf(progression: ChampionshipProgression): ReadonlyMap<number, string> {
  let ids = raceIdCache.get(progression)
  if (ids === undefined) {
    ids = new Map(progression.steps.map((r) => [r.index, r.race.id]))
    raceIdCache.set(progression, ids)
  }
  return ids
}

/** The results up to calendar index `last` (results are in calendar order): found by halving. */
function upTo(races: ReadonlyArray<EntryRace>, last: number): ReadonlyArray<EntryRace> {
  if ((races.at(-1)?.raceIndex ?? -1) <= last) return races
  let low = 0
  let high = races.length
  while (low < high) {
    const mid = (low + high) >> 1
    if ((races[mid]?.raceIndex ?? 0) <= last) low = mid + 1
    else high = mid
  }
  return races.slice(0, low)
}

/** Calendar indices of the races dropped for one entry (`slots` values at `offset`), in order. */
function droppedRaces(dropped: Int32Array, offset: number, slots: number): ReadonlyArray<number> {
  return Array.from(dropped.subarray(offset, offset + slots))
    .filter((index) => index >= 0)
    .toSorted((a, b) => a - b)
}
