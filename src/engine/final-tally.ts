import type { ChampionshipProgression } from './progression.ts'
import type { RemainingRace } from './remaining-races.ts'
import { roundPoints } from './round-points.ts'
import type { StandingRow } from './standings.ts'

/**
 * An entry's season so far, split the way drops need it (docs/scoring-rules.md#drops): points
 * that always count, and the scores of droppable races (0 where the entry did not score).
 */
export interface Tally {
  readonly id: string
  readonly name: string
  readonly fixed: number
  readonly droppable: ReadonlyArray<number>
  /** Countback places so far: `places[p]` = times finished p-th. */
  readonly places: ReadonlyArray<number>
  /** Latest class raced, for scenarios where places are shared by class. */
  readonly classId: string | null
}

export interface DropRule {
  readonly worst: number
  /** Whether drops apply to the final standings (the last race is at or after `fromRace`). */
  readonly atEnd: boolean
}

export function tallyOf(
  row: StandingRow,
  progression: ChampionshipProgression,
  step: number,
): Tally {
  const { championship } = progression
  const keep = new Set(championship.drops?.keep ?? [])
  const worst = championship.drops?.worst ?? 0
  let fixed = row.adjustments
  const droppable: Array<number> = []
  const places: Array<number> = []
  let classId: string | null = null
  for (const race of progression.steps.slice(0, step + 1)) {
    const results = row.races.filter((r) => r.raceIndex === race.index)
    const points = results.reduce((sum, r) => sum + r.points, 0)
    if (worst > 0 && !keep.has(race.race.id)) droppable.push(points)
    else fixed += points
    for (const result of results) {
      const place = result.kind === 'car' ? result.countbackPlace : result.countbackRank
      if (place !== null) places[place] = (places[place] ?? 0) + 1
      if (result.kind === 'car') classId = result.class
    }
  }
  return { id: row.id, name: row.name, fixed, droppable, places, classId }
}

/** A newcomer who has not scored yet: what an entry not in the table could still do. */
export function emptyTally(progression: ChampionshipProgression, step: number): Tally {
  const keep = new Set(progression.championship.drops?.keep ?? [])
  const worst = progression.championship.drops?.worst ?? 0
  const droppable = progression.steps
    .slice(0, step + 1)
    .filter((race) => worst > 0 && !keep.has(race.race.id))
    .map(() => 0)
  return { id: '', name: 'a driver yet to score', fixed: 0, droppable, places: [], classId: null }
}

/** Final points if the entry scores `scores[i]` in `remaining[i]`, drops applied as at the end. */
export function finalPoints(
  tally: Tally,
  remaining: ReadonlyArray<RemainingRace>,
  scores: ReadonlyArray<number>,
  drops: DropRule,
): number {
  let total = tally.fixed
  const droppable = [...tally.droppable]
  remaining.forEach((race, i) => {
    const score = scores[i] ?? 0
    if (race.droppable) droppable.push(score)
    else total += score
  })
  const sorted = droppable.toSorted((a, b) => a - b)
  const dropped = drops.atEnd ? sorted.slice(0, drops.worst) : []
  const kept = sorted.slice(dropped.length)
  return roundPoints(kept.reduce((sum, score) => sum + score, total))
}

/**
 * Whether `a` finishes ahead of `b` on these points and places: more points, or level and ahead
 * on countback (docs/scoring-rules.md#countback). Level on everything is not ahead.
 */
export function finishesAhead(
  aPoints: number,
  aPlaces: ReadonlyArray<number>,
  bPoints: number,
  bPlaces: ReadonlyArray<number>,
): boolean {
  if (aPoints !== bPoints) return aPoints > bPoints
  const width = Math.max(aPlaces.length, bPlaces.length)
  for (let place = 1; place < width; place += 1) {
    const difference = (aPlaces[place] ?? 0) - (bPlaces[place] ?? 0)
    if (difference !== 0) return difference > 0
  }
  return false
}

/** Places with `count` more finishes in `place`. */
export function withPlaces(
  places: ReadonlyArray<number>,
  place: number,
  count: number,
): ReadonlyArray<number> {
  if (count === 0) return places
  const next = [...places]
  next[place] = (next[place] ?? 0) + count
  return next
}
