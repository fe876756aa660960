import { assertNever } from '../assert-never.ts'
import type { PlaceCounts } from './countback.ts'
import type { EntryRace } from './entry-race.ts'
import type { ScoredRow } from './score-race.ts'

/**
 * Season statistics of a standings entry (docs/scoring-rules.md#statistics). Wins, podiums
 * and best finish use the places countback counts (class or overall, countback races only);
 * starts, poles, fastest laps and DNFs count every race of the championship.
 */
export interface EntryStats {
  /** Results in the championship, including DNS. */
  readonly results: number
  /** Cars that took the start: every status except DNS. */
  readonly starts: number
  readonly wins: number
  readonly podiums: number
  readonly poles: number
  readonly fastestLaps: number
  readonly dnfs: number
  readonly bestFinish: number | null
}

const RESULTS = 0
const STARTS = 1
const WINS = 2
const PODIUMS = 3
const POLES = 4
const FASTEST_LAPS = 5
const DNFS = 6
const BEST = 7
/** Slots per entry in a flat statistics array. */
export const STAT_SLOTS = 8

/**
 * Adds one race to `entry`'s statistics in a flat array, and each place that counts for
 * countback to its place counts (when the championship uses countback).
 */
export function addRaceStats(
  stats: Int32Array,
  entry: number,
  race: EntryRace,
  places: PlaceCounts | null,
): void {
  const base = entry * STAT_SLOTS
  stats[base + RESULTS] = (stats[base + RESULTS] ?? 0) + 1
  switch (race.kind) {
    case 'car':
      addCar(stats, base, race)
      break
    case 'team':
      for (const car of race.cars) addCar(stats, base, car)
      break
    default:
      assertNever(race)
  }
  const count = countbackPlacesOf(race, found)
  for (let i = 0; i < count; i += 1) countPlace(stats, entry, found[i] ?? 0, places)
}

/** Reused by every call: the places of one result (no list made per race, in the hot loop). */
const found: Array<number> = []

/**
 * The places one result adds to countback (docs/scoring-rules.md#countback): a car's place in a
 * race that counts for countback; a `rank` team's rank; a `sum` team's every car's place. Writes
 * them to the start of `into` and returns how many.
 */
export function countbackPlacesOf(race: EntryRace, into: Array<number>): number {
  switch (race.kind) {
    case 'car':
      if (race.countbackPlace === null) return 0
      into[0] = race.countbackPlace
      return 1
    case 'team': {
      if (race.rank !== null) {
        if (race.countbackRank === null) return 0
        into[0] = race.countbackRank
        return 1
      }
      let count = 0
      for (const car of race.cars)
        if (car.countbackPlace !== null) into[count++] = car.countbackPlace
      return count
    }
    default:
      return assertNever(race)
  }
}

function addCar(stats: Int32Array, base: number, scored: ScoredRow): void {
  if (scored.status !== 'dns') stats[base + STARTS] = (stats[base + STARTS] ?? 0) + 1
  if (scored.status === 'dnf') stats[base + DNFS] = (stats[base + DNFS] ?? 0) + 1
  if (scored.pole) stats[base + POLES] = (stats[base + POLES] ?? 0) + 1
  if (scored.fastestLap) stats[base + FASTEST_LAPS] = (stats[base + FASTEST_LAPS] ?? 0) + 1
}

function countPlace(
  stats: Int32Array,
  entry: number,
  place: number,
  places: PlaceCounts | null,
): void {
  const base = entry * STAT_SLOTS
  if (place === 1) stats[base + WINS] = (stats[base + WINS] ?? 0) + 1
  if (place <= 3) stats[base + PODIUMS] = (stats[base + PODIUMS] ?? 0) + 1
  const best = stats[base + BEST] ?? 0
  if (best === 0 || place < best) stats[base + BEST] = place
  // The histogram holds only the places countback compares (countbackPlaces).
  if (places === null || place >= places.width) return
  const at = entry * places.width + place
  places.counts[at] = (places.counts[at] ?? 0) + 1
}

/** Reads one entry's statistics out of a flat array. */
export function readStats(stats: Int32Array, entry: number): EntryStats {
  const base = entry * STAT_SLOTS
  const best = stats[base + BEST] ?? 0
  return {
    results: stats[base + RESULTS] ?? 0,
    starts: stats[base + STARTS] ?? 0,
    wins: stats[base + WINS] ?? 0,
    podiums: stats[base + PODIUMS] ?? 0,
    poles: stats[base + POLES] ?? 0,
    fastestLaps: stats[base + FASTEST_LAPS] ?? 0,
    dnfs: stats[base + DNFS] ?? 0,
    bestFinish: best === 0 ? null : best,
  }
}
