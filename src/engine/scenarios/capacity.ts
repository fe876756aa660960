import { levelRecords, type LevelRecords } from './level-records.ts'
import { raceOutcomes } from './race-outcomes.ts'
import type { RemainingRace } from './remaining-races.ts'
import {
  isAhead,
  takesBonuses,
  wholeRace,
  type ScenarioRules,
  type Standing,
} from './scenario-rules.ts'
import { SuffixMemo } from './suffix-memo.ts'
import { roundPoints } from '../scoring/round-points.ts'

/**
 * The places the remaining races hand out, as the relaxation counts them: for t entries of one
 * group, at most the top places a t-entry group can hold in every race plus the pole and the
 * fastest lap. Built once per championship and step.
 */
export interface Capacity {
  /** Whether every remaining race awards places by class (classes never share a place). */
  readonly byClass: boolean
  /**
   * `points(t, classes)`: the most t entries of one group can take between them, its drivers
   * racing in `classes` classes (which matters only where drivers of several classes share a
   * group: a race by class hands each its own class's places).
   */
  readonly points: (t: number, classes: number) => number
  /** The least total one entry can collect that is at least (`strict`: more than) `need`. */
  readonly atLeast: (need: number, strict: boolean) => number
  /**
   * How many results of the remaining races can change where an entry stands, in one group: the
   * places that pay or that countback reads, and the bonuses (Infinity where countback reads
   * every place). An entry not ahead of the target takes one of them to pass it, and no two
   * entries take the same (docs/scoring-rules.md#scenarios).
   */
  readonly results: number
  /**
   * Whether an entry with countback record `places` can finish level on points with `target`
   * and ahead of it, collecting exactly `need` more: false where no record that total comes with
   * is good enough (then it needs more than `need`). True where that is not known.
   */
  readonly levelAhead: (places: ReadonlyArray<number>, target: Standing, need: number) => boolean
}

export function capacityOf(rules: ScenarioRules, carsPerEntry: number, classes: number): Capacity {
  const { remaining, method } = rules
  const byClass = remaining.every((race) => !wholeRace(rules, race))
  // Per number of classes a group's drivers race in: the most t of them can take.
  const caches = new Map<number, Array<number>>()
  // A points table need not fall place by place: the best places are the largest prizes.
  const prizes = remaining.map((race) => race.prizes.toSorted((a, b) => b - a))
  const points = (t: number, present: number): number => {
    // Drivers grouped by class meet their class's ladder. Drivers of several classes in one
    // group (a race elsewhere awards overall) each take a place of their own class's ladder in a
    // race by class: n of them the n best of their classes' places, and a pole and a fastest lap
    // each in up to n classes. A team's cars each take a place, in every class it races.
    const ladders = method === 'sum' ? classes : byClass ? 1 : present
    let cache = caches.get(ladders)
    if (cache === undefined) {
      cache = [0]
      caches.set(ladders, cache)
    }
    for (let n = cache.length; n <= t; n += 1) {
      let sum = 0
      for (const [r, race] of remaining.entries()) {
        const best = prizes[r] ?? []
        const bonuses = takesBonuses(rules) ? race.pole + race.fastestLap : 0
        const apart = wholeRace(rules, race) ? 1 : ladders
        sum +=
          method === 'sum'
            ? apart * (topPlaces(best, 1, n * carsPerEntry) + bonuses)
            : topPlaces(best, apart, n) + Math.min(n, apart) * bonuses
      }
      cache.push(sum)
    }
    return cache[t] ?? 0
  }
  // One car per entry: its total is a sum of one result per race, which leaves gaps near the top.
  const totals = method === 'sum' ? null : reachableTotals(rules)
  const atLeast = (need: number, strict: boolean): number => {
    if (totals === null) return need
    let low = 0
    let high = totals.length
    while (low < high) {
      const mid = (low + high) >> 1
      const total = totals[mid] ?? 0
      if (strict ? total > need + 1e-9 : total >= need - 1e-9) high = mid
      else low = mid + 1
    }
    return totals[low] ?? need
  }
  // Built on the first question: most steps never ask one.
  let records: LevelRecords | null | undefined
  const record: Array<number> = []
  const levelAhead = (places: ReadonlyArray<number>, target: Standing, need: number): boolean => {
    if (method === 'sum' || rules.countback === 0 || need <= 0) return true
    records ??= levelRecords(rules)
    if (records === null) return true
    const added = records.get(roundPoints(need))
    if (added === undefined) return false
    // Asked for every candidate of every entry: one array, filled again each time.
    const width = Math.max(places.length, added.length)
    record.length = width
    for (let p = 0; p < width; p += 1) record[p] = (places[p] ?? 0) + (added[p] ?? 0)
    return isAhead({ points: target.points, places: record }, target, rules.countback)
  }
  // Per group: drivers grouped by class meet one class's ladder of a race; otherwise every
  // class's ladder of a race that awards by class is open to the group.
  const results = remaining.reduce((sum, race) => {
    const paying = race.prizes.findLastIndex((prize) => prize > 0) + 1
    const places = Math.max(paying, race.countsForCountback ? rules.countback : 0)
    const bonuses = takesBonuses(rules) ? Number(race.pole > 0) + Number(race.fastestLap > 0) : 0
    const ladders = race.awardBy === 'class' && !(byClass && method === 'drivers') ? classes : 1
    return sum + ladders * (places + bonuses)
  }, 0)
  return { byClass, points, atLeast, levelAhead, results }
}

/**
 * The most `n` cars can take from `ladders` copies of a race's places (one place each): the n
 * best, each place of the ladder `ladders` times. `prizes` are largest first.
 */
function topPlaces(prizes: ReadonlyArray<number>, ladders: number, n: number): number {
  let sum = 0
  for (let q = 0; q < n && q < prizes.length * ladders; q += 1)
    sum += prizes[Math.floor(q / ladders)] ?? 0
  return sum
}

/**
 * The totals one car can collect over the remaining races (a result per race: a place with or
 * without the bonuses it may take, or nothing), ascending; null when there are too many to list.
 * Kept per list of races (`SuffixMemo`): after every race the list is one race shorter.
 */
function reachableTotals(rules: ScenarioRules): Float64Array | null {
  return totalsMemo.read(rules)
}

const totalsMemo = new SuffixMemo<Float64Array>(
  Float64Array.of(0),
  withRace,
  (sums) => sums.length,
  4_000_000,
)

/** Every total of `sums` plus one result of `race`, ascending; null past 100,000 of them. */
function withRace(
  sums: Float64Array,
  race: RemainingRace,
  rules: ScenarioRules,
): Float64Array | null {
  // The first place without points stands for every place below it.
  const values = new Set(
    raceOutcomes(rules, race, race.prizes.length + 1).map((o) => roundPoints(o.points)),
  )
  const next = new Set<number>()
  for (const sum of sums) for (const value of values) next.add(roundPoints(sum + value))
  return next.size > 100_000 ? null : Float64Array.from(next).sort()
}
