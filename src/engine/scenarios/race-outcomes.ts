import { fastestLapCountsAt, unclassifiedTakesBonuses } from '../scoring/bonus-conditions.ts'
import type { RemainingRace } from './remaining-races.ts'
import { bonusForFastestLap, takesBonuses, type ScenarioRules } from './scenario-rules.ts'

/**
 * One result a car can take in a race (docs/scoring-rules.md#permutations): a place in its group
 * (its class, or the race when places are overall), or none (not classified), with or without
 * the pole and the fastest lap where they score.
 */
export interface RaceOutcome {
  /** 1-based place in the group; null: not classified. */
  readonly place: number | null
  readonly pole: boolean
  readonly fastestLap: boolean
  readonly points: number
}

/** Which bonuses a car takes: the four combinations, or fewer where a bonus does not score. */
export interface BonusSet {
  readonly pole: boolean
  readonly fastestLap: boolean
}

/**
 * The bonus combinations that can score in `race` (no bonus first). The four combinations are
 * four shared objects, not one per call: a permutation table names one per rival and outcome
 * (14,000 at 40 cars a class), and the worker's answer is copied to the page object by object.
 */
export function bonusSets(rules: ScenarioRules, race: RemainingRace): ReadonlyArray<BonusSet> {
  if (!takesBonuses(rules)) return [NO_BONUS]
  if (race.pole > 0) return race.fastestLap > 0 ? ALL_FOUR : [NO_BONUS, POLE]
  return race.fastestLap > 0 ? [NO_BONUS, LAP] : [NO_BONUS]
}

const NO_BONUS: BonusSet = { pole: false, fastestLap: false }
const LAP: BonusSet = { pole: false, fastestLap: true }
const POLE: BonusSet = { pole: true, fastestLap: false }
const ALL_FOUR: ReadonlyArray<BonusSet> = [NO_BONUS, LAP, POLE, { pole: true, fastestLap: true }]

/**
 * Whether a car at `place` can score the bonuses of `set` (docs/scoring-rules.md#race-points):
 * the fastest lap only at or above `fastestLapMaxPosition`, no bonus for a car not classified
 * where the rule asks for it.
 */
export function bonusesScoreAt(race: RemainingRace, set: BonusSet, place: number | null): boolean {
  if (!set.pole && !set.fastestLap) return true
  if (place === null && !unclassifiedTakesBonuses(race.requireClassified)) return false
  return !set.fastestLap || fastestLapCountsAt(race.fastestLapMaxPosition, place)
}

/**
 * The least a car can take in `race`: not classified, no bonus (a rival "alive" keeps the title
 * open even with it: docs/scoring-rules.md#permutations).
 */
export function scoringNothing(race: RemainingRace): RaceOutcome {
  return { place: null, ...NO_BONUS, points: outcomePoints(race, NO_BONUS, null) }
}

/** Points of one outcome: the place's prize, and the bonuses it takes. */
export function outcomePoints(race: RemainingRace, set: BonusSet, place: number | null): number {
  const prize = place === null ? 0 : (race.prizes[place - 1] ?? 0)
  const pole = set.pole ? race.pole : 0
  const lap = set.fastestLap ? bonusForFastestLap(race, place) : 0
  return prize + pole + lap
}

/**
 * How many places of a group the table tells apart: every scoring place and the first one
 * without points, and deeper places only while countback compares them (up to `cars`).
 */
export function placesToTell(race: RemainingRace, countback: number, cars: number): number {
  const deep = race.countsForCountback ? Math.min(cars, countback) : 0
  return Math.max(scoringPlaces(race) + 1, deep)
}

/** How many places of `race` score points. */
export function scoringPlaces(race: Pick<RemainingRace, 'prizes'>): number {
  let places = race.prizes.length
  while (places > 0 && (race.prizes[places - 1] ?? 0) === 0) places -= 1
  return places
}

/**
 * Every outcome a car can take, best place first: each place in order, then none, with each
 * bonus set that scores there.
 */
export function raceOutcomes(
  rules: ScenarioRules,
  race: RemainingRace,
  places: number,
): ReadonlyArray<RaceOutcome> {
  const sets = bonusSets(rules, race)
  const list: Array<RaceOutcome> = []
  for (let place = 1; place <= places + 1; place += 1) {
    const at = place > places ? null : place
    for (const set of sets)
      if (bonusesScoreAt(race, set, at))
        list.push({ place: at, ...set, points: outcomePoints(race, set, at) })
  }
  return list
}
