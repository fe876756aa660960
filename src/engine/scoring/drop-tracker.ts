import { droppedCount, partOf, type DropPolicy } from './drops.ts'

/**
 * Keeps, for every entry, its lowest scores among the droppable races seen so far, part by
 * part of the drop rule (drops.ts: one part, or each part of a split season), so the standings
 * after any race can discard them without looking back over the season. An entry has
 * `policy.worst` slots, each part's in turn. Equal scores: the earliest race is the one
 * dropped, so the choice never changes the total and stays stable from race to race.
 */
export class DropTracker {
  private readonly policy: DropPolicy
  private readonly scores: Float64Array
  private readonly races: Int32Array
  /** Entry × part: how many slots are filled. */
  private readonly sizes: Int32Array
  /** Per part: droppable races run, and how many scores the standings last settled discard. */
  private readonly soFar: Int32Array
  private readonly counts: Int32Array

  constructor(entries: number, policy: DropPolicy) {
    const parts = policy.parts.length
    this.policy = policy
    this.scores = new Float64Array(entries * policy.worst)
    this.races = new Int32Array(entries * policy.worst).fill(-1)
    this.sizes = new Int32Array(entries * parts)
    this.soFar = new Int32Array(parts)
    this.counts = Int32Array.from(policy.parts, (part) => part.worst)
  }

  /** Records `score` for `entry` in the droppable race `race` (calendar index, ascending). */
  add(entry: number, score: number, race: number): void {
    const { policy, scores, races, sizes } = this
    const p = partOf(policy, race)
    const worst = policy.parts[p]?.worst ?? 0
    if (worst === 0) return
    const base = entry * policy.worst + (policy.parts[p]?.slot ?? 0)
    const sized = entry * policy.parts.length + p
    const size = sizes[sized] ?? 0
    // Insert after every kept score ≤ `score`: ties keep the earlier race.
    let at = size
    while (at > 0 && (scores[base + at - 1] ?? 0) > score) at -= 1
    if (at >= worst) return
    for (let i = Math.min(size, worst - 1); i > at; i -= 1) {
      scores[base + i] = scores[base + i - 1] ?? 0
      races[base + i] = races[base + i - 1] ?? -1
    }
    scores[base + at] = score
    races[base + at] = race
    sizes[sized] = Math.min(size + 1, worst)
  }

  /**
   * The race at `race` has been run (`droppable`: its score may go); settles how many scores
   * each part discards in the standings after it and returns how many in all (0: none yet).
   */
  settle(race: number, droppable: boolean): number {
    const { policy, soFar, counts } = this
    const part = partOf(policy, race)
    if (droppable) soFar[part] = (soFar[part] ?? 0) + 1
    let total = 0
    for (let p = 0; p < counts.length; p += 1) {
      counts[p] = droppedCount(policy, p, soFar[p] ?? 0, race)
      total += counts[p] ?? 0
    }
    return total
  }

  /** Sum of the scores `entry` has discarded as last settled (every kept one before). */
  droppedPoints(entry: number): number {
    const { policy, scores, sizes, counts } = this
    const parts = policy.parts
    let sum = 0
    for (let p = 0; p < parts.length; p += 1) {
      const base = entry * policy.worst + (parts[p]?.slot ?? 0)
      const size = Math.min(sizes[entry * parts.length + p] ?? 0, counts[p] ?? 0)
      for (let i = 0; i < size; i += 1) sum += scores[base + i] ?? 0
    }
    return sum
  }

  /** Every entry's discarded races as last settled, `policy.worst` slots each (-1: none). */
  copyRacesInto(target: Int32Array, offset: number): void {
    const { policy, races, sizes, counts } = this
    const parts = policy.parts
    const entries = sizes.length / parts.length
    // The usual case, one part discarding all it keeps: the slots as they are.
    if (parts.length === 1 && (counts[0] ?? 0) >= policy.worst) {
      target.set(races, offset)
      return
    }
    for (let entry = 0; entry < entries; entry += 1)
      for (let p = 0; p < parts.length; p += 1) {
        const part = parts[p]
        if (part === undefined) continue
        const base = entry * policy.worst + part.slot
        const count = counts[p] ?? 0
        for (let i = 0; i < part.worst; i += 1)
          target[offset + base + i] = i < count ? (races[base + i] ?? -1) : -1
      }
  }

  /** Every entry's lowest droppable scores so far, part by part (NaN: none yet). */
  copyScoresInto(target: Float64Array, offset: number): void {
    const { policy, scores, sizes } = this
    const parts = policy.parts
    const entries = sizes.length / parts.length
    for (let entry = 0; entry < entries; entry += 1)
      for (let p = 0; p < parts.length; p += 1) {
        const part = parts[p]
        if (part === undefined) continue
        const base = entry * policy.worst + part.slot
        const size = sizes[entry * parts.length + p] ?? 0
        for (let i = 0; i < part.worst; i += 1)
          target[offset + base + i] = i < size ? (scores[base + i] ?? 0) : Number.NaN
      }
  }
}
