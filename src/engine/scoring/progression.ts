import type { CalendarRace } from './calendar.ts'
import { collectEntries, type Entry } from './championship-entries.ts'
import {
  compareCountback,
  countbackDepth,
  emptyPlaceCounts,
  explainTie,
  type PlaceCounts,
  type TieBreak,
} from './countback.ts'
import { DropTracker } from './drop-tracker.ts'
import { dropPolicy, isDroppable, type DropPolicy } from './drops.ts'
import { addRaceStats, STAT_SLOTS } from './entry-stats.ts'
import { compareNames } from './name-order.ts'
import { roundPoints } from './round-points.ts'
import type { ScoredRace } from './scored-race.ts'
import type { Championship, Season } from '../types.ts'

/**
 * The standings of one championship after every scored race, built in one pass over the
 * races (docs/scoring-rules.md#progression). Figures are stored column-wise, step-major: the
 * value for (step, entry) sits at `step × entries.length + entry`. `standingsAt` turns a step
 * into rows.
 */
export interface ChampionshipProgression {
  readonly championship: Championship
  readonly entries: ReadonlyArray<Entry>
  /** Step i holds the standings after `steps[i]`. */
  readonly steps: ReadonlyArray<CalendarRace>
  /** The drop rule, resolved against the calendar (drops.ts). */
  readonly drops: DropPolicy
  /** Dropped races per entry in `table.dropped` (the championship's `drops.worst`). */
  readonly dropSlots: number
  readonly table: ProgressionTable
}

export interface ProgressionTable {
  /** Per step: how many entries are in the table. */
  readonly sizes: Int32Array
  /** Step × entry slot: entry numbers in standings order; the first `sizes[step]` are valid. */
  readonly order: Int32Array
  /** Step × entry: position (shared when level on everything); 0 = not in the table yet. */
  readonly positions: Int32Array
  /** Step × entry: championship points (drops applied, adjustments included). */
  readonly points: Float64Array
  /** Step × entry: points before drops (adjustments included). */
  readonly pointsBeforeDrops: Float64Array
  /**
   * Step × entry: the same, not yet rounded. The scenarios add the races left to it and round
   * once, as the standings do (docs/scoring-rules.md#race-points): a total rounded before the
   * drops come off can end a millionth away from the table's.
   */
  readonly unroundedBeforeDrops: Float64Array
  /** Step × entry × STAT_SLOTS: see entry-stats.ts. */
  readonly stats: Int32Array
  /** Step × entry × dropSlots: calendar indices of dropped races, -1 = none. */
  readonly dropped: Int32Array
  /** Step × entry × dropSlots: the lowest droppable scores so far, ascending; NaN = none yet. */
  readonly lowest: Float64Array
  /** Per step: 1 when drops apply to the standings after that race. */
  readonly dropsApply: Uint8Array
  /** Per step: how the entry at a rank was split from the one above on equal points. */
  readonly ties: ReadonlyArray<ReadonlyMap<number, TieBreak> | null>
}

/** Computes the championship's standings after each of `races` (scored races, calendar order). */
export function computeProgression(
  season: Season,
  championship: Championship,
  races: ReadonlyArray<ScoredRace>,
  raceIndexById: ReadonlyMap<string, number>,
): ChampionshipProgression {
  const { entries, byRace, adjustments, exclusions } = collectEntries(
    season,
    championship,
    races,
    raceIndexById,
  )
  const count = entries.length
  const policy = dropPolicy(championship, (id) => raceIndexById.get(id), raceIndexById.keys())
  const worst = policy.worst
  const depth = countbackDepth(championship)
  const places = countbackPlaces(depth, count, races)
  const nameRank = rankByName(entries)

  const racePoints = new Float64Array(count)
  const adjusted = new Float64Array(count)
  const net = new Float64Array(count)
  const gross = new Float64Array(count)
  const stats = new Int32Array(count * STAT_SLOTS)
  const tracker = new DropTracker(count, policy)
  const present = new Uint8Array(count)
  const seenAt = new Int32Array(count).fill(-1)
  const order: Array<number> = []
  const droppableSoFar: Array<number> = []
  const scoredHere: Array<number> = []
  let nextAdjustment = 0
  let nextExclusion = 0

  // present: 0 not yet in the table, 1 in it, 2 excluded (docs/scoring-rules.md#exclusion).
  const enter = (entry: number): void => {
    if (present[entry] !== 0) return
    present[entry] = 1
    order.push(entry)
    // A 0 for every droppable race missed, in its part (each part keeps only its lowest).
    for (const race of droppableSoFar) tracker.add(entry, 0, race)
  }
  const byPoints = (a: number, b: number): number =>
    (net[b] ?? 0) - (net[a] ?? 0) ||
    compareTie(places, a, b) ||
    (nameRank[a] ?? 0) - (nameRank[b] ?? 0)

  const stepCount = races.length
  const table = {
    sizes: new Int32Array(stepCount),
    order: new Int32Array(stepCount * count),
    positions: new Int32Array(stepCount * count),
    points: new Float64Array(stepCount * count),
    pointsBeforeDrops: new Float64Array(stepCount * count),
    unroundedBeforeDrops: new Float64Array(stepCount * count),
    stats: new Int32Array(stepCount * count * STAT_SLOTS),
    dropped: new Int32Array(stepCount * count * worst),
    lowest: new Float64Array(stepCount * count * worst),
    dropsApply: new Uint8Array(stepCount),
    ties: new Array<ReadonlyMap<number, TieBreak> | null>(stepCount).fill(null),
  }

  races.forEach((race, step) => {
    const raceIndex = race.race.index
    const droppable = isDroppable(policy, race.race.race.id)
    const { entries: raceEntries, results } = byRace[step] ?? { entries: [], results: [] }
    scoredHere.length = 0
    for (let i = 0; i < raceEntries.length; i += 1) {
      const entry = raceEntries[i] ?? 0
      const result = results[i]
      if (result === undefined) continue
      enter(entry)
      if (seenAt[entry] !== step) {
        seenAt[entry] = step
        scoredHere.push(entry)
        racePoints[entry] = 0
      }
      racePoints[entry] = (racePoints[entry] ?? 0) + result.points
      addRaceStats(stats, entry, result, places)
    }
    for (
      let next = adjustments[nextAdjustment];
      next !== undefined && next.placed.raceIndex <= raceIndex;
    ) {
      enter(next.entry)
      adjusted[next.entry] = (adjusted[next.entry] ?? 0) + next.placed.adjustment.points
      nextAdjustment += 1
      next = adjustments[nextAdjustment]
    }
    for (
      let next = exclusions[nextExclusion];
      next !== undefined && next.raceIndex <= raceIndex;
      nextExclusion += 1, next = exclusions[nextExclusion]
    ) {
      if (present[next.entry] === 1) order.splice(order.indexOf(next.entry), 1)
      present[next.entry] = 2
    }
    for (const entry of scoredHere) {
      gross[entry] = (gross[entry] ?? 0) + (racePoints[entry] ?? 0)
      if (droppable) tracker.add(entry, racePoints[entry] ?? 0, raceIndex)
    }
    if (droppable) {
      for (const entry of order) if (seenAt[entry] !== step) tracker.add(entry, 0, raceIndex)
      droppableSoFar.push(raceIndex)
    }
    // `best`: only the races beyond the best N are discarded, so the count grows race by race.
    const dropCount = tracker.settle(raceIndex, droppable)
    const base = step * count
    for (const entry of order) {
      const before = (gross[entry] ?? 0) + (adjusted[entry] ?? 0)
      table.pointsBeforeDrops[base + entry] = roundPoints(before)
      table.unroundedBeforeDrops[base + entry] = before
      net[entry] = roundPoints(before - (dropCount > 0 ? tracker.droppedPoints(entry) : 0))
    }
    order.sort(byPoints)
    table.sizes[step] = order.length
    table.order.set(order, base)
    table.points.set(net, base)
    table.stats.set(stats, base * STAT_SLOTS)
    if (worst > 0) tracker.copyScoresInto(table.lowest, base * worst)
    // Drops apply once any score is discarded: `worst` from `fromRace`, `best` beyond N races.
    if (dropCount > 0) {
      table.dropsApply[step] = 1
      tracker.copyRacesInto(table.dropped, base * worst)
    }
    table.ties[step] = placeEntries(
      order,
      net,
      places,
      depth,
      table.positions.subarray(base, base + count),
    )
  })

  return {
    championship,
    entries,
    steps: races.map((race) => race.race),
    drops: policy,
    dropSlots: worst,
    table,
  }
}

function compareTie(places: PlaceCounts | null, a: number, b: number): number {
  return places === null ? 0 : compareCountback(places, a, b)
}

/**
 * Writes positions by entry, shared when level on everything, and returns the tie
 * explanations by rank (null when nobody is level on points).
 */
function placeEntries(
  order: ReadonlyArray<number>,
  net: Float64Array,
  places: PlaceCounts | null,
  depth: number,
  positions: Int32Array,
): ReadonlyMap<number, TieBreak> | null {
  let ties: Map<number, TieBreak> | null = null
  for (let rank = 0; rank < order.length; rank += 1) {
    const entry = order[rank] ?? 0
    const above = rank > 0 ? (order[rank - 1] ?? 0) : -1
    const points = net[entry] ?? 0
    if (above >= 0 && (net[above] ?? 0) === points) {
      const tie = explainTie(places, above, entry, points, depth)
      ties ??= new Map()
      ties.set(rank, tie)
      positions[entry] = tie.kind === 'level' ? (positions[above] ?? 0) : rank + 1
    } else {
      positions[entry] = rank + 1
    }
  }
  return ties
}

/**
 * The place counts countback needs, or null when the championship does not use countback: wide
 * enough for the highest place of any race (vacant places included, never the row count alone),
 * or for `countbackPlaces` when the championship compares only the first places
 * (docs/scoring-rules.md#countback).
 */
function countbackPlaces(
  depth: number,
  count: number,
  races: ReadonlyArray<ScoredRace>,
): PlaceCounts | null {
  const highest = races.reduce((max, race) => Math.max(max, race.highestPlace), 0)
  return emptyPlaceCounts(count, depth, highest)
}

/** Entries level on everything are listed by name (then id), never by file order. */
function rankByName(entries: ReadonlyArray<Entry>): Int32Array {
  const rank = new Int32Array(entries.length)
  entries
    .map((entry, index) => ({ name: entry.name, id: entry.id, index }))
    .toSorted((a, b) => compareNames(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .forEach(({ index }, position) => {
      rank[index] = position
    })
  return rank
}
