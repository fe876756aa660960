import { countsRace } from './eligibility.ts'
import type { Championship } from './types.ts'

/**
 * A championship's drop rule resolved against the calendar (docs/scoring-rules.md#drops). The
 * standings and the scenarios both read it, so the rule is written once:
 * - a race can be dropped when the championship counts it and does not `keep` it;
 * - the standings after a race discard the `worst` lowest droppable scores when that race is at
 *   or after `fromRace` (from the first race without it; never if `fromRace` is not a race);
 * - a droppable race the entry did not score in counts as 0.
 */
export interface DropPolicy {
  readonly championship: Championship
  readonly worst: number
  /** Calendar index of `fromRace`: 0 without one, Infinity when it is not a race. */
  readonly fromIndex: number
  readonly keep: ReadonlySet<string>
}

export function dropPolicy(
  championship: Championship,
  indexOf: (raceId: string) => number | undefined,
): DropPolicy {
  const drops = championship.drops
  return {
    championship,
    worst: drops?.worst ?? 0,
    fromIndex:
      drops?.fromRace === undefined ? 0 : (indexOf(drops.fromRace) ?? Number.POSITIVE_INFINITY),
    keep: new Set(drops?.keep ?? []),
  }
}

/** Whether the score of race `raceId` may be discarded. */
export function isDroppable(policy: DropPolicy, raceId: string): boolean {
  return policy.worst > 0 && countsRace(policy.championship, raceId) && !policy.keep.has(raceId)
}

/** Whether the standings after the race at calendar index `raceIndex` discard scores. */
export function dropsApplyAfter(policy: DropPolicy, raceIndex: number): boolean {
  return policy.worst > 0 && raceIndex >= policy.fromIndex
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

  /** Sum of the scores currently marked as dropped for `entry`. */
  droppedPoints(entry: number): number {
    let sum = 0
    const base = entry * this.worst
    const size = this.sizes[entry] ?? 0
    for (let i = 0; i < size; i += 1) sum += this.scores[base + i] ?? 0
    return sum
  }

  /** Copies the dropped race indices of every entry (`-1` = none), `worst` per entry. */
  copyRacesInto(target: Int32Array, offset: number): void {
    target.set(this.races, offset)
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
