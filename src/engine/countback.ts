import type { Championship } from './types.ts'

/**
 * Countback: entries level on points are split by most wins, then most second places, and so
 * on down every place either achieved (docs/scoring-rules.md#countback). Places are counted in
 * a flat histogram: `counts[entry * width + place]`, place 1..width-1.
 */
export interface PlaceCounts {
  readonly counts: Int32Array
  readonly width: number
}

/** Whether equal points are split by countback: by default, unless `tieBreak` leaves it out. */
export function usesCountback(championship: Pick<Championship, 'tieBreak'>): boolean {
  return (championship.tieBreak ?? ['countback']).includes('countback')
}

/** Negative when `a` is ahead on countback, positive when `b` is, 0 when level on everything. */
export function compareCountback(places: PlaceCounts, a: number, b: number): number {
  const { counts, width } = places
  return compareCounts(counts, a * width, counts, b * width, width)
}

/**
 * The same comparison for two separate histograms (`histogram[p]` = times finished p-th), as the
 * scenarios keep them: negative when `a` is ahead, positive when `b` is, 0 when level.
 */
export function compareHistograms(a: ArrayLike<number>, b: ArrayLike<number>): number {
  return compareCounts(a, 0, b, 0, Math.max(a.length, b.length))
}

/** The one countback rule: the first place, from the win down, where the counts differ. */
function compareCounts(
  a: ArrayLike<number>,
  aAt: number,
  b: ArrayLike<number>,
  bAt: number,
  width: number,
): number {
  for (let place = 1; place < width; place += 1) {
    const difference = (b[bAt + place] ?? 0) - (a[aAt + place] ?? 0)
    if (difference !== 0) return difference
  }
  return 0
}

/** Why an entry is placed below the entry ahead of it on equal points. */
export type TieBreak =
  | {
      readonly kind: 'countback'
      readonly points: number
      /** The first place where the two records differ. */
      readonly place: number
      /** How many times the entry ahead / this entry finished in `place`. */
      readonly ahead: number
      readonly behind: number
      /** Counts of places 1..place-1, equal for both. */
      readonly shared: ReadonlyArray<number>
    }
  | { readonly kind: 'level'; readonly points: number }

/** Explains the countback between `ahead` and `behind`, who are level on `points`. */
export function explainTie(
  places: PlaceCounts | null,
  ahead: number,
  behind: number,
  points: number,
): TieBreak {
  if (places === null) return { kind: 'level', points }
  const { counts, width } = places
  const shared: Array<number> = []
  for (let place = 1; place < width; place += 1) {
    const countAhead = counts[ahead * width + place] ?? 0
    const countBehind = counts[behind * width + place] ?? 0
    if (countAhead !== countBehind) {
      return { kind: 'countback', points, place, ahead: countAhead, behind: countBehind, shared }
    }
    shared.push(countAhead)
  }
  return { kind: 'level', points }
}
