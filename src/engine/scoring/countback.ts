import type { Championship } from '../types.ts'

/**
 * Countback: entries level on points are split by most wins, then most second places, and so
 * on down every place either achieved (docs/scoring-rules.md#countback). Places are counted in
 * a flat histogram: `counts[entry * width + place]`, place 1..width-1.
 */
export interface PlaceCounts {
  readonly counts: Int32Array
  readonly width: number
}

/**
 * How many places countback compares (docs/scoring-rules.md#countback): 0 when equal points are
 * not split (`tieBreak` leaves countback out), `countbackPlaces` when the championship limits it,
 * otherwise every place (Infinity).
 */
export function countbackDepth(
  championship: Pick<Championship, 'tieBreak' | 'countbackPlaces'>,
): number {
  if (!(championship.tieBreak ?? ['countback']).includes('countback')) return 0
  return championship.countbackPlaces ?? Number.POSITIVE_INFINITY
}

/**
 * An empty histogram for `entries` entries wide enough for every place of the races given, their
 * `highest` place being that (`highestPlace`), or null when the championship does not use
 * countback (`depth` 0). Countback goes down every place either entry achieved, so no place is
 * ever cut off below `depth` (docs/scoring-rules.md#countback): a histogram cut at the row count
 * of a file would call a 3rd and a 4th level when places 1–2 are vacant.
 */
export function emptyPlaceCounts(
  entries: number,
  depth: number,
  highest: number,
): PlaceCounts | null {
  if (depth === 0) return null
  const width = 1 + Math.min(highest, depth)
  return { counts: new Int32Array(entries * width), width }
}

/**
 * The highest place a race's results can add to countback (docs/scoring-rules.md#countback): a
 * class or overall place is at most the car's overall position, which counts vacant places (a
 * file of two rows may hold the 3rd and the 4th), and a team's rank at most the number of cars.
 */
export function highestPlace(rows: ReadonlyArray<{ readonly position: number | null }>): number {
  let highest = rows.length
  for (const row of rows)
    if (row.position !== null && row.position > highest) highest = row.position
  return highest
}

/**
 * Negative when `a` is ahead on countback, positive when `b` is, 0 when level on everything.
 * The histogram holds only the places countback compares (its width says how many).
 */
export function compareCountback(places: PlaceCounts, a: number, b: number): number {
  const { counts, width } = places
  return compareCounts(counts, a * width, counts, b * width, width)
}

/**
 * The same comparison for two separate histograms (`histogram[p]` = times finished p-th), as the
 * scenarios keep them, over places 1..`depth`: negative when `a` is ahead, positive when `b` is,
 * 0 when level.
 */
export function compareHistograms(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  depth: number,
): number {
  return compareCounts(a, 0, b, 0, Math.min(Math.max(a.length, b.length), depth + 1))
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
  | {
      readonly kind: 'level'
      readonly points: number
      /** Set when countback compares only places 1..upTo: the records may differ below it. */
      readonly upTo?: number
    }

/**
 * Explains the countback between `ahead` and `behind`, who are level on `points`; `depth` is
 * the championship's `countbackDepth`.
 */
export function explainTie(
  places: PlaceCounts | null,
  ahead: number,
  behind: number,
  points: number,
  depth: number = Number.POSITIVE_INFINITY,
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
  return Number.isFinite(depth) ? { kind: 'level', points, upTo: depth } : { kind: 'level', points }
}
