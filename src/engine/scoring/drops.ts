import { countsRace } from './eligibility.ts'
import type { Championship } from '../types.ts'

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
 * - `parts`: the calendar split in parts, each counting its own `best` (a split season);
 * - a droppable race the entry did not score in counts as 0.
 * Every rule is a list of parts: `worst` and `best` are one part over the whole calendar.
 */
export interface DropPolicy {
  readonly championship: Championship
  /** The most scores ever discarded, all parts together: an entry's drop slots. */
  readonly worst: number
  readonly parts: ReadonlyArray<DropPart>
  /** Calendar index of `fromRace`: 0 without one, Infinity when it is not a race. */
  readonly fromIndex: number
  readonly keep: ReadonlySet<string>
}

/** A stretch of the calendar whose droppable scores are discarded together. */
export interface DropPart {
  /** Only the `best` highest count; null: a fixed `worst` are discarded. */
  readonly best: number | null
  /** The most scores this part ever discards. */
  readonly worst: number
  /** The last calendar index of the part (Infinity for the last part). */
  readonly to: number
  /** Where the part's slots start among an entry's `worst` slots. */
  readonly slot: number
}

export function dropPolicy(
  championship: Championship,
  indexOf: (raceId: string) => number | undefined,
  /** Every race of the calendar, for `best` and `parts`: how many can be dropped in each. */
  calendar: Iterable<string> = [],
): DropPolicy {
  const drops = championship.drops
  const keep = new Set(drops?.keep ?? [])
  const wanted =
    drops?.parts ??
    (drops?.best === undefined
      ? [{ best: null, worst: drops?.worst ?? 0 }]
      : [{ best: drops.best, worst: 0 }])
  const ends = wanted.map((part) =>
    'toRace' in part && part.toRace !== undefined
      ? (indexOf(part.toRace) ?? Number.POSITIVE_INFINITY)
      : Number.POSITIVE_INFINITY,
  )
  const droppable = new Array<number>(wanted.length).fill(0)
  for (const id of calendar) {
    const index = indexOf(id) ?? -1
    if (!countsRace(championship, id) || keep.has(id)) continue
    const part = ends.findIndex((end) => index <= end)
    if (part >= 0) droppable[part] = (droppable[part] ?? 0) + 1
  }
  let slot = 0
  const parts = wanted.map((part, p): DropPart => {
    const best = part.best ?? null
    const worst =
      best === null ? ('worst' in part ? part.worst : 0) : Math.max(0, (droppable[p] ?? 0) - best)
    const resolved = { best, worst, to: ends[p] ?? Number.POSITIVE_INFINITY, slot }
    slot += worst
    return resolved
  })
  return {
    championship,
    worst: slot,
    parts,
    fromIndex:
      drops?.fromRace === undefined ? 0 : (indexOf(drops.fromRace) ?? Number.POSITIVE_INFINITY),
    keep,
  }
}

/** Whether a championship discards results at all: the one test the screens read. */
export function hasDrops(championship: Championship): boolean {
  const drops = championship.drops
  return (drops?.worst ?? 0) > 0 || drops?.best !== undefined || drops?.parts !== undefined
}

/** Whether the score of race `raceId` may be discarded. */
export function isDroppable(policy: DropPolicy, raceId: string): boolean {
  return policy.worst > 0 && countsRace(policy.championship, raceId) && !policy.keep.has(raceId)
}

/** Whether the standings after the race at calendar index `raceIndex` discard scores. */
export function dropsApplyAfter(policy: DropPolicy, raceIndex: number): boolean {
  return policy.worst > 0 && raceIndex >= policy.fromIndex
}

/** The part a race at calendar index `raceIndex` belongs to. */
export function partOf(policy: DropPolicy, raceIndex: number): number {
  const { parts } = policy
  for (let p = 0; p < parts.length - 1; p += 1) if (raceIndex <= (parts[p]?.to ?? 0)) return p
  return parts.length - 1
}

/**
 * How many scores part `part` discards in the standings after the race at `raceIndex`, its
 * droppable races so far being `droppableSoFar`: `worst` once drops apply, or for `best` the
 * races beyond it.
 */
export function droppedCount(
  policy: DropPolicy,
  part: number,
  droppableSoFar: number,
  raceIndex: number,
): number {
  const rule = policy.parts[part]
  if (rule === undefined || !dropsApplyAfter(policy, raceIndex)) return 0
  return rule.best === null
    ? rule.worst
    : Math.min(rule.worst, Math.max(0, droppableSoFar - rule.best))
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
