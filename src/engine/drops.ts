import { countsRace } from './eligibility.ts'
import type { Championship } from './types.ts'

/**
 * A championship's drop rule resolved against the calendar (docs/scoring-rules.md#drops). The
 * standings and the scenarios both read it, so the rule is written once:
 * - a race can be dropped when the championship counts it and does not `keep` it;
 * - `worst`: the standings after a race discard the `worst` lowest droppable scores when that
 *   race is at or after `fromRace` (from the first race without it; never if `fromRace` is not a
 *   race);
 * - `best`: the standings after a race count only the `best` highest droppable scores so far:
 *   after k droppable races, the k − best lowest are discarded (none while k ≤ best). Over the
 *   whole calendar that is `worst` = droppable races − best, the number the scenarios use;
 * - a droppable race the entry did not score in counts as 0.
 */
export interface DropPolicy {
  readonly championship: Championship
  /** The most scores ever discarded: `drops.worst`, or droppable races − `drops.best`. */
  readonly worst: number
  /** `drops.best`, or null for a fixed number of discards. */
  readonly best: number | null
  /** Calendar index of `fromRace`: 0 without one, Infinity when it is not a race. */
  readonly fromIndex: number
  readonly keep: ReadonlySet<string>
}

export function dropPolicy(
  championship: Championship,
  indexOf: (raceId: string) => number | undefined,
  /** Every race of the calendar, for `best`: how many can be dropped in all. */
  calendar: Iterable<string> = [],
): DropPolicy {
  const drops = championship.drops
  const keep = new Set(drops?.keep ?? [])
  const best = drops?.best ?? null
  let droppable = 0
  if (best !== null)
    for (const id of calendar) if (countsRace(championship, id) && !keep.has(id)) droppable += 1
  return {
    championship,
    worst: best === null ? (drops?.worst ?? 0) : Math.max(0, droppable - best),
    best,
    fromIndex:
      drops?.fromRace === undefined ? 0 : (indexOf(drops.fromRace) ?? Number.POSITIVE_INFINITY),
    keep,
  }
}

/** Whether a championship discards results at all: the one test the screens read. */
export function hasDrops(championship: Championship): boolean {
  return (championship.drops?.worst ?? 0) > 0 || championship.drops?.best !== undefined
}

/** Whether the score of race `raceId` may be discarded. */
export function isDroppable(policy: DropPolicy, raceId: string): boolean {
  return policy.worst > 0 && countsRace(policy.championship, raceId) && !policy.keep.has(raceId)
}

/** Whether the standings after the race at calendar index `raceIndex` discard scores. */
export function dropsApplyAfter(policy: DropPolicy, raceIndex: number): boolean {
  return policy.worst > 0 && raceIndex >= policy.fromIndex
}

/**
 * How many scores the standings discard after the race at `raceIndex`, `droppableSoFar`
 * droppable races having been run: `worst` once drops apply, or for `best` the races beyond it.
 */
export function droppedCount(
  policy: DropPolicy,
  droppableSoFar: number,
  raceIndex: number,
): number {
  if (!dropsApplyAfter(policy, raceIndex)) return 0
  return policy.best === null
    ? policy.worst
    : Math.min(policy.worst, Math.max(0, droppableSoFar - policy.best))
}

let lowest = new Float64Array(16)

/**
 * What drops take off a total when `added` scores join the droppable ones: the sum of the
 * `worst` lowest of `kept` (the lowest droppable scores so far) and `added` (only the positions
 * where `droppable(i)` holds).
 */
export function sumOfLowest(
  kept: ArrayLike<number>,
  added: ArrayLike<number>,
  droppable: (i: number) => boolean,
  worst: number,
): number {
  if (worst === 0) return 0
  // The `worst` lowest so far, ascending, by insertion: no list of every score is made.
  if (worst > lowest.length) lowest = new Float64Array(worst)
  const room = worst
  let size = 0
  const take = (score: number) => {
    if (size === room && score >= (lowest[size - 1] ?? 0)) return
    let at = size < room ? size++ : size - 1
    while (at > 0 && (lowest[at - 1] ?? 0) > score) {
      lowest[at] = lowest[at - 1] ?? 0
      at -= 1
    }
    lowest[at] = score
  }
  for (let i = 0; i < kept.length; i += 1) take(kept[i] ?? 0)
  for (let i = 0; i < added.length; i += 1) if (droppable(i)) take(added[i] ?? 0)
  let sum = 0
  for (let i = 0; i < size; i += 1) sum += lowest[i] ?? 0
  return sum
}

/**
 * Keeps, for every entry, its `worst` lowest scores among the droppable races seen so far, so
 * the standings after any race can discard them without looking back over the season.
 * Equal scores: the earliest race is the one dropped, so the choice never changes the total
 * and stays stable from race to race.
 */
export class DropTracker {
  readonly worst: number
  private readonly scores: Float64Array
  private readonly races: Int32Array
  private readonly sizes: Int32Array

  constructor(entries: number, worst: number) {
    this.worst = worst
    this.scores = new Float64Array(entries * worst)
    this.races = new Int32Array(entries * worst).fill(-1)
    this.sizes = new Int32Array(entries)
  }

  /** Records `score` for `entry` in the droppable race `race` (calendar index, ascending). */
  add(entry: number, score: number, race: number): void {
    const { worst, scores, races, sizes } = this
    if (worst === 0) return
    const base = entry * worst
    const size = sizes[entry] ?? 0
    // Insert after every kept score ≤ `score`: ties keep the earlier race.
    let at = size
    while (at > 0 && (scores[base + at - 1] ?? 0) > score) at -= 1
    if (at >= worst) return
    const last = Math.min(size, worst - 1)
    for (let i = last; i > at; i -= 1) {
      scores[base + i] = scores[base + i - 1] ?? 0
      races[base + i] = races[base + i - 1] ?? -1
    }
    scores[base + at] = score
    races[base + at] = race
    sizes[entry] = Math.min(size + 1, worst)
  }

  /** Sum of the `count` lowest scores kept for `entry` (all of them by default). */
  droppedPoints(entry: number, count: number = this.worst): number {
    let sum = 0
    const base = entry * this.worst
    const size = Math.min(this.sizes[entry] ?? 0, count)
    for (let i = 0; i < size; i += 1) sum += this.scores[base + i] ?? 0
    return sum
  }

  /**
   * Copies the race indices of every entry's `count` lowest scores (`-1` beyond them, or
   * none), `worst` slots per entry.
   */
  copyRacesInto(target: Int32Array, offset: number, count: number = this.worst): void {
    if (count >= this.worst) {
      target.set(this.races, offset)
      return
    }
    const { worst, races } = this
    for (let slot = 0; slot < races.length; slot += 1)
      target[offset + slot] = slot % worst < count ? (races[slot] ?? -1) : -1
  }

  /** Copies the lowest scores of every entry (NaN = none yet), `worst` per entry. */
  copyScoresInto(target: Float64Array, offset: number): void {
    const { worst, scores, sizes } = this
    for (let entry = 0; entry < sizes.length; entry += 1) {
      const base = entry * worst
      const size = sizes[entry] ?? 0
      for (let i = 0; i < worst; i += 1)
        target[offset + base + i] = i < size ? (scores[base + i] ?? 0) : Number.NaN
    }
  }
}
