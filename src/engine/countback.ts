/**
 * Countback: entries level on points are split by most wins, then most second places, and so
 * on down every place either achieved (docs/scoring-rules.md#countback). Places are counted in
 * a flat histogram: `counts[entry * width + place]`, place 1..width-1.
 */
export interface PlaceCounts {
  readonly counts: Int32Array
  readonly width: number
}

/** Negative when `a` is ahead on countback, positive when `b` is, 0 when level on everything. */
export function compareCountback(places: PlaceCounts, a: number, b: number): number {
  const { counts, width } = places
  const baseA = a * width
  const baseB = b * width
  for (let place = 1; place < width; place += 1) {
    const difference = (counts[baseB + place] ?? 0) - (counts[baseA + place] ?? 0)
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

/**
 * One line for people, e.g. "level on 212: both 8 wins; Bellomo 5 second places to 4".
 * `aheadName` is the entry placed higher, `behindName` the one below it.
 */
export function describeTieBreak(tie: TieBreak, aheadName: string, behindName: string): string {
  const points = formatPoints(tie.points)
  if (tie.kind === 'level') {
    return `level on ${points} with ${aheadName}, place for place: position shared (${behindName} listed second by name)`
  }
  const decided = `${aheadName} ${tie.ahead} ${placeWord(tie.place, tie.ahead)} to ${tie.behind}`
  if (tie.shared.length === 0) return `level on ${points}: ${decided}`
  const common =
    tie.shared.length <= 2
      ? tie.shared
          .map((count, i) =>
            count === 0 ? `no ${placeWord(i + 1, 0)}` : `both ${count} ${placeWord(i + 1, count)}`,
          )
          .join(', ')
      : `same record down to ${ordinal(tie.shared.length)} place`
  return `level on ${points}: ${common}; ${decided}`
}

function placeWord(place: number, count: number): string {
  if (place === 1) return count === 1 ? 'win' : 'wins'
  return `${ordinal(place)} ${count === 1 ? 'place' : 'places'}`
}

/** "second", "third", then "4th", "11th", "22nd". */
export function ordinal(n: number): string {
  if (n === 2) return 'second'
  if (n === 3) return 'third'
  const tens = n % 100
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${suffix}`
}

/** Points as people write them: 212, 12.5. */
export function formatPoints(points: number): string {
  return Number.isInteger(points) ? String(points) : String(Math.round(points * 1000) / 1000)
}
