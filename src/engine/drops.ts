/**
 * Dropped results (docs/scoring-rules.md#drops): keeps, for every entry, its `worst` lowest
 * scores among the droppable races seen so far, so the standings after any race can discard
 * them without looking back over the season. A race the entry did not start counts as 0.
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
}
