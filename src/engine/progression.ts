import type { CalendarRace } from './calendar.ts'
import { collectEntries, type Entry } from './championship-entries.ts'
import { compareCountback, explainTie, type PlaceCounts, type TieBreak } from './countback.ts'
import { DropTracker } from './drops.ts'
import { countsRace } from './eligibility.ts'
import type { EntryRace } from './entry-race.ts'
import { addRaceStats, STAT_SLOTS } from './entry-stats.ts'
import { roundPoints } from './round-points.ts'
import type { ScoredRace } from './scored-race.ts'
import type { Championship, Season } from './types.ts'

/**
 * The standings of one championship after every scored race, built in one pass over the
 * races (docs/scoring-rules.md#progression). Per-entry figures are stored column-wise, indexed
 * by entry number; `standingsAt` turns a step into rows.
 */
export interface ChampionshipProgression {
  readonly championship: Championship
  readonly entries: ReadonlyArray<Entry>
  readonly steps: ReadonlyArray<ProgressionStep>
  /** Dropped races per entry in `ProgressionStep.dropped` (the championship's `drops.worst`). */
  readonly dropSlots: number
}

export interface ProgressionStep {
  /** The standings are those after this race. */
  readonly race: CalendarRace
  /** Entry numbers in standings order; only entries in the standings so far. */
  readonly order: Int32Array
  /** By entry: position (shared when level on everything); 0 = not in the standings yet. */
  readonly positions: Int32Array
  /** By entry: championship points (drops applied, adjustments included). */
  readonly points: Float64Array
  /** By entry: points before drops (adjustments included). */
  readonly pointsBeforeDrops: Float64Array
  /** By entry × STAT_SLOTS: see entry-stats.ts. */
  readonly stats: Int32Array
  /** By entry × dropSlots: calendar indices of dropped races, -1 = none; null = no drops apply. */
  readonly dropped: Int32Array | null
  /** By rank: how the entry at that rank was split from the one above on equal points. */
  readonly ties: ReadonlyMap<number, TieBreak>
}

/** Computes the championship's standings after each of `races` (scored races, calendar order). */
export function computeProgression(
  season: Season,
  championship: Championship,
  races: ReadonlyArray<ScoredRace>,
  raceIndexById: ReadonlyMap<string, number>,
): ChampionshipProgression {
  const { entries, byRace, adjustments } = collectEntries(
    season,
    championship,
    races,
    raceIndexById,
  )
  const count = entries.length
  const drops = championship.drops
  const worst = drops?.worst ?? 0
  const dropsFrom =
    drops?.fromRace === undefined ? 0 : (raceIndexById.get(drops.fromRace) ?? Infinity)
  const keep = new Set(drops?.keep ?? [])
  const places = countbackPlaces(championship, count, byRace)
  const nameRank = rankByName(entries)

  const racePoints = new Float64Array(count)
  const adjusted = new Float64Array(count)
  const net = new Float64Array(count)
  const gross = new Float64Array(count)
  const stats = new Int32Array(count * STAT_SLOTS)
  const tracker = new DropTracker(count, worst)
  const present = new Uint8Array(count)
  const seenAt = new Int32Array(count).fill(-1)
  const order: Array<number> = []
  const droppableSoFar: Array<number> = []
  let nextAdjustment = 0

  const enter = (entry: number): void => {
    if (present[entry] === 1) return
    present[entry] = 1
    order.push(entry)
    for (const race of droppableSoFar.slice(0, worst)) tracker.add(entry, 0, race)
  }

  const steps = races.map((race, step): ProgressionStep => {
    const raceIndex = race.race.index
    const droppable =
      worst > 0 && countsRace(championship, race.race.race.id) && !keep.has(race.race.race.id)
    const scoredHere: Array<number> = []
    for (const [entry, result] of byRace[step] ?? []) {
      enter(entry)
      if (seenAt[entry] !== step) {
        seenAt[entry] = step
        scoredHere.push(entry)
        racePoints[entry] = 0
      }
      racePoints[entry] = (racePoints[entry] ?? 0) + result.points
      addRace(entry, result, stats, places)
    }
    while (nextAdjustment < adjustments.length) {
      const [entry, placed] = adjustments[nextAdjustment] ?? [0, null]
      if (placed === null || placed.raceIndex > raceIndex) break
      enter(entry)
      adjusted[entry] = (adjusted[entry] ?? 0) + placed.adjustment.points
      nextAdjustment += 1
    }
    for (const entry of scoredHere) {
      gross[entry] = (gross[entry] ?? 0) + (racePoints[entry] ?? 0)
      if (droppable) tracker.add(entry, racePoints[entry] ?? 0, raceIndex)
    }
    if (droppable) {
      for (const entry of order) if (seenAt[entry] !== step) tracker.add(entry, 0, raceIndex)
      droppableSoFar.push(raceIndex)
    }
    const dropsApply = worst > 0 && raceIndex >= dropsFrom
    for (const entry of order) {
      const before = (gross[entry] ?? 0) + (adjusted[entry] ?? 0)
      net[entry] = roundPoints(before - (dropsApply ? tracker.droppedPoints(entry) : 0))
    }
    order.sort(
      (a, b) =>
        (net[b] ?? 0) - (net[a] ?? 0) ||
        compareTie(places, a, b) ||
        (nameRank[a] ?? 0) - (nameRank[b] ?? 0),
    )
    const { positions, ties } = placeEntries(order, net, places, count)
    const withAdjustments = gross.map((points, entry) =>
      roundPoints(points + (adjusted[entry] ?? 0)),
    )
    return {
      race: race.race,
      order: Int32Array.from(order),
      positions,
      points: net.slice(),
      pointsBeforeDrops: withAdjustments,
      stats: stats.slice(),
      dropped: dropsApply ? tracker.snapshotRaces() : null,
      ties,
    }
  })

  return { championship, entries, steps, dropSlots: worst }
}

function addRace(
  entry: number,
  result: EntryRace,
  stats: Int32Array,
  places: PlaceCounts | null,
): void {
  addRaceStats(stats, entry * STAT_SLOTS, result)
  if (places === null) return
  const base = entry * places.width
  const add = (place: number | null) => {
    if (place !== null) places.counts[base + place] = (places.counts[base + place] ?? 0) + 1
  }
  if (result.kind === 'driver') add(result.countbackPlace)
  else for (const place of result.countbackPlaces) add(place)
}

function compareTie(places: PlaceCounts | null, a: number, b: number): number {
  return places === null ? 0 : compareCountback(places, a, b)
}

/** Positions by entry, shared when level on everything, and the tie explanations by rank. */
function placeEntries(
  order: ReadonlyArray<number>,
  net: Float64Array,
  places: PlaceCounts | null,
  count: number,
) {
  const positions = new Int32Array(count)
  const ties = new Map<number, TieBreak>()
  for (let rank = 0; rank < order.length; rank += 1) {
    const entry = order[rank] ?? 0
    const above = rank > 0 ? (order[rank - 1] ?? 0) : -1
    const points = net[entry] ?? 0
    if (above >= 0 && (net[above] ?? 0) === points) {
      const tie = explainTie(places, above, entry, points)
      ties.set(rank, tie)
      positions[entry] = tie.kind === 'level' ? (positions[above] ?? 0) : rank + 1
    } else {
      positions[entry] = rank + 1
    }
  }
  return { positions, ties }
}

/** The place histogram countback needs, or null when the championship does not use countback. */
function countbackPlaces(
  championship: Championship,
  count: number,
  byRace: ReadonlyArray<ReadonlyArray<readonly [number, EntryRace]>>,
): PlaceCounts | null {
  if (!(championship.tieBreak ?? ['countback']).includes('countback')) return null
  let maxPlace = 0
  for (const results of byRace) {
    for (const [, result] of results) {
      if (result.kind === 'driver') maxPlace = Math.max(maxPlace, result.countbackPlace ?? 0)
      else for (const place of result.countbackPlaces) maxPlace = Math.max(maxPlace, place)
    }
  }
  const width = maxPlace + 1
  return { counts: new Int32Array(count * width), width }
}

/** Entries level on everything are listed by name (then id), never by file order. */
function rankByName(entries: ReadonlyArray<Entry>): Int32Array {
  const rank = new Int32Array(entries.length)
  entries
    .map((entry, index) => ({ name: entry.name, id: entry.id, index }))
    .toSorted((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .forEach(({ index }, position) => {
      rank[index] = position
    })
  return rank
}
