import { droppedCount, partOf, type DropPart, type DropPolicy } from './drops.ts'

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
   * none): entry e's slots start at `offset + e × stride + at` (by default `worst` per entry).
   */
  copyRacesInto(
    target: Int32Array,
    offset: number,
    count: number = this.worst,
    stride: number = this.worst,
    at = 0,
  ): void {
    const { worst, races } = this
    if (count >= worst && stride === worst) {
      target.set(races, offset)
      return
    }
    for (let entry = 0; entry < this.sizes.length; entry += 1)
      for (let i = 0; i < worst; i += 1)
        target[offset + entry * stride + at + i] = i < count ? (races[entry * worst + i] ?? -1) : -1
  }

  /** Copies the lowest scores of every entry (NaN = none yet), laid out as copyRacesInto. */
  copyScoresInto(target: Float64Array, offset: number, stride = this.worst, at = 0): void {
    const { worst, scores, sizes } = this
    for (let entry = 0; entry < sizes.length; entry += 1) {
      const base = entry * worst
      const size = sizes[entry] ?? 0
      for (let i = 0; i < worst; i += 1)
        target[offset + entry * stride + at + i] = i < size ? (scores[base + i] ?? 0) : Number.NaN
    }
  }
}

/**
 * The drop trackers of every part of a drop rule (drops.ts), side by side: each droppable
 * score goes to its part's tracker, and the standings after a race discard, part by part, what
 * that part discards then. An entry's `policy.worst` slots hold its parts' slots in order.
 */
export class DropLedger {
  private readonly policy: DropPolicy
  private readonly trackers: ReadonlyArray<DropTracker>
  private readonly soFar: Int32Array
  private readonly counts: Int32Array

  constructor(policy: DropPolicy, entries: number) {
    this.policy = policy
    this.trackers = policy.parts.map((part) => new DropTracker(entries, part.worst))
    this.soFar = new Int32Array(policy.parts.length)
    this.counts = new Int32Array(policy.parts.length)
  }

  /** Records `score` for `entry` in the droppable race at calendar index `race`. */
  add(entry: number, score: number, race: number): void {
    this.trackers[partOf(this.policy, race)]?.add(entry, score, race)
  }

  /**
   * A droppable race at `race` has been run; then settles how many scores each part discards
   * in the standings after it, and returns how many in all (0: drops do not apply yet).
   */
  settle(race: number, droppable: boolean): number {
    if (droppable) {
      const part = partOf(this.policy, race)
      this.soFar[part] = (this.soFar[part] ?? 0) + 1
    }
    let total = 0
    for (let p = 0; p < this.counts.length; p += 1) {
      this.counts[p] = droppedCount(this.policy, p, this.soFar[p] ?? 0, race)
      total += this.counts[p] ?? 0
    }
    return total
  }

  /** What the standings last settled discard from `entry`'s total. */
  droppedPoints(entry: number): number {
    let sum = 0
    this.trackers.forEach((tracker, p) => {
      sum += tracker.droppedPoints(entry, this.counts[p] ?? 0)
    })
    return sum
  }

  /** Every entry's discarded races as last settled, `policy.worst` slots per entry (-1: none). */
  copyRacesInto(target: Int32Array, offset: number): void {
    this.each((tracker, part, p) =>
      tracker.copyRacesInto(target, offset, this.counts[p] ?? 0, this.policy.worst, part.slot),
    )
  }

  /** Every entry's lowest droppable scores so far per part (NaN = none yet), as the slots. */
  copyScoresInto(target: Float64Array, offset: number): void {
    this.each((tracker, part) =>
      tracker.copyScoresInto(target, offset, this.policy.worst, part.slot),
    )
  }

  private each(visit: (tracker: DropTracker, part: DropPart, p: number) => void): void {
    this.policy.parts.forEach((part, p) => {
      const tracker = this.trackers[p]
      if (tracker !== undefined && part.worst > 0) visit(tracker, part, p)
    })
  }
}
