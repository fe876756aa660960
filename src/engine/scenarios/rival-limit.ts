import {
  bonusSets,
  bonusesScoreAt,
  outcomePoints,
  scoringNothing,
  type BonusSet,
  type RaceOutcome,
} from './race-outcomes.ts'
import type { RemainingRace } from './remaining-races.ts'
import type { ScenarioRules } from './scenario-rules.ts'

/**
 * What one rival may take in the next race with the leader still clinching there
 * (docs/scoring-rules.md#permutations):
 * - `any`: whatever it does;
 * - `at-most`: only the results `places` allows (the most points among them: `maxPoints`);
 * - `alive`: it keeps the title open even scoring nothing: the leader cannot clinch;
 * - `absent`: a driver (team) yet to race, in the last race: it keeps the title open by starting
 *   at all, and stays out of the final table by not starting.
 */
export interface RivalLimit {
  readonly kind: 'any' | 'at-most' | 'alive' | 'absent'
  /** Per bonus set the rival can take: the best place it may take (null: none) and whether it may go unclassified. */
  readonly places: ReadonlyArray<PlaceLimit>
  /** The most points it may score there (its most possible when `any`; -1 when `alive`). */
  readonly maxPoints: number
  /** The fewest points among the results that stop the leader clinching (Infinity: none). */
  readonly minStopping: number
}

export interface PlaceLimit {
  readonly set: BonusSet
  /** The best place the rival may take with this bonus set: it may take any place from here down. */
  readonly from: number | null
  /** Whether it may be unclassified with this bonus set (where that scores). */
  readonly unplaced: boolean
}

/**
 * The rival's limit for one leader outcome, by halving each bonus set's places: a rival's
 * points and record only grow as its place gets better, so the results that still let the
 * leader clinch are every place from some place down (docs/scoring-rules.md#permutations).
 * `clinchesOver(outcome)` says whether the leader clinches over this rival if it takes `outcome`.
 */
export function rivalLimit(
  rules: ScenarioRules,
  race: RemainingRace,
  places: number,
  leader: RaceOutcome,
  sameGroup: boolean,
  clinchesOver: (outcome: RaceOutcome) => boolean,
): RivalLimit {
  // The leader's place is not the rival's to take, except the last place told apart: it stands
  // for that place or lower, where both can finish.
  const taken = (place: number | null) =>
    sameGroup && place !== null && place === leader.place && place < places
  const limits: Array<PlaceLimit> = []
  let maxPoints = -1
  let minStopping = Number.POSITIVE_INFINITY
  let constrained = false
  let alive = false
  // A rival's worst result (not classified, no bonus) leaves it the least: when even that stops
  // the leader clinching, every result does, and no place needs trying.
  const stopsAlways = !clinchesOver(scoringNothing(race))
  for (const set of bonusSets(rules, race)) {
    if (sameGroup && ((set.pole && leader.pole) || (set.fastestLap && leader.fastestLap))) continue
    const at = (place: number | null): RaceOutcome => ({
      place,
      ...set,
      points: outcomePoints(race, set, place),
    })
    let last = places
    while (last > 0 && !bonusesScoreAt(race, set, last)) last -= 1
    // The first place (1..last) from which on the leader clinches; last + 1: none of them.
    let low = stopsAlways ? last + 1 : 1
    let high = last + 1
    while (low < high) {
      const mid = (low + high) >> 1
      if (clinchesOver(at(mid))) high = mid
      else low = mid + 1
    }
    let from: number | null = low <= last ? low : null
    if (from !== null && taken(from)) from = from + 1 <= last ? from + 1 : null
    const scoresUnplaced = bonusesScoreAt(race, set, null)
    const unplaced = scoresUnplaced && !stopsAlways && clinchesOver(at(null))
    const first = taken(1) ? 2 : 1
    // Results that stop the clinch: the places above `from`, and unclassified when not allowed.
    const stopping = from === null ? last : from - 1
    if (stopping >= first) {
      constrained = true
      const worst = taken(stopping) ? stopping - 1 : stopping
      if (worst >= 1) minStopping = Math.min(minStopping, outcomePoints(race, set, worst))
    }
    if (scoresUnplaced && !unplaced) {
      constrained = true
      minStopping = Math.min(minStopping, outcomePoints(race, set, null))
      if (!set.pole && !set.fastestLap) alive = true
    }
    if (from !== null) maxPoints = Math.max(maxPoints, outcomePoints(race, set, from))
    else if (unplaced) maxPoints = Math.max(maxPoints, outcomePoints(race, set, null))
    limits.push({ set, from, unplaced })
  }
  const kind = alive ? 'alive' : constrained ? 'at-most' : 'any'
  return { kind, places: limits, maxPoints: alive ? -1 : maxPoints, minStopping }
}
