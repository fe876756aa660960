import { exactPassers } from './exact-passers.ts'
import { levelRecords, type LevelRecords } from './level-records.ts'
import { passWitness } from './pass-witness.ts'
import { raceOutcomes } from './race-outcomes.ts'
import { roundPoints } from '../scoring/round-points.ts'
import type { RemainingRace } from './remaining-races.ts'
import { SuffixMemo } from './suffix-memo.ts'
import {
  isAhead,
  mustOutscore,
  takesBonuses,
  wholeRace,
  type Contender,
  type ScenarioRules,
  type Standing,
  WHOLE,
} from './scenario-rules.ts'

export interface WorstCase {
  readonly position: number
  /** False when `position` is a bound: the true worst position may be better, never worse. */
  readonly exact: boolean
}

/**
 * A worst case with the entries that finish ahead in results bringing it about, when they are
 * known (an exact case found by a witness, or by the floor of the entry above: `floorBelow`); a
 * newcomer is listed as often as it passes. They are exactly `position − 1`.
 */
export interface WorstScenario extends WorstCase {
  readonly passers: ReadonlyArray<Contender> | null
}

/**
 * The lowest final position an entry can fall to (docs/scoring-rules.md#scenarios). It scores
 * nothing more; entries whose floor is already ahead count at once; of the others, the most that
 * can pass together is bracketed: a witness (an actual set of results, checked with the real
 * totals) gives a number that can happen, and a relaxation that lets a group share the places of
 * every race as finely as it likes gives a number that cannot be beaten. Equal: exact. Apart: the
 * relaxation's number is returned, marked as a bound. Groups that never share a place (classes,
 * when every race awards by class) are counted apart.
 */
export function worstPosition(
  target: Standing,
  others: ReadonlyArray<Contender>,
  newcomers: ReadonlyArray<Contender>,
  rules: ScenarioRules,
  capacity: Capacity,
  /**
   * A position the target is known to be able to fall to (from the entry ahead of it:
   * `worstFloor`); when the relaxation's number is no worse, it is exact without a witness.
   */
  known = 0,
  /** The entries ahead in results where the target falls to `known`, if known (`floorBelow`). */
  knownPassers: ReadonlyArray<Contender> | null = null,
): WorstScenario {
  const ahead: Array<Contender> = []
  const candidates: Array<Contender> = []
  for (const other of others) {
    if (isAhead(other.min, target, rules.countback)) ahead.push(other)
    else if (isAhead(other.max, target, rules.countback)) candidates.push(other)
  }
  for (const newcomer of newcomers)
    if (isAhead(newcomer.max, target, rules.countback)) candidates.push(newcomer)
  if (candidates.length === 0) return { position: ahead.length + 1, exact: true, passers: ahead }

  const byGroup = new Map<string, Array<Contender>>()
  const free: Array<Contender> = []
  for (const candidate of candidates) {
    const key = groupKey(candidate, rules, capacity)
    if (key === null) free.push(candidate)
    else {
      const group = byGroup.get(key)
      if (group === undefined) byGroup.set(key, [candidate])
      else group.push(candidate)
    }
  }
  const deficit = (c: Contender) => target.points - c.min.points
  const sorted = (list: ReadonlyArray<Contender>) =>
    list.toSorted((a, b) => deficit(a) - deficit(b))

  // Upper bound: each group alone, every free candidate counted in every group it could join.
  // Lower bound: a witness per group; free candidates then join a group where they still pass.
  // A small group whose bounds disagree is settled by trying every outcome.
  const groups = capacity.byClass && rules.method === 'drivers' ? rules.classes : [WHOLE]
  const relaxed = groups.map((key) => {
    const list = sorted(byGroup.get(key) ?? [])
    const most = relaxedPassers(sorted([...list, ...free]), target, capacity, rules)
    const alone = free.length === 0 ? most : relaxedPassers(list, target, capacity, rules)
    return { key, list, most, alone }
  })
  const atMost = Math.min(
    relaxed.reduce((sum, group) => sum + group.most, 0),
    candidates.length,
  )
  if (ahead.length + 1 + atMost === known)
    return { position: known, exact: true, passers: knownPassers }
  let upper = 0
  let lower = 0
  let reached = true
  // Whether every group's count is a witness's (not an exhaustive search's, which names nobody).
  let named = true
  const chosen = new Map<string, Array<Contender>>()
  for (const { key, list, most, alone } of relaxed) {
    const witness = witnessAt(list, alone, target, rules, key)
    // A small group whose witness falls short is settled by trying every outcome.
    const exact =
      witness === null && free.length === 0
        ? exactPassers(list, target, rules, key, EXACT_LIMIT)
        : null
    upper += exact ?? most
    const reachable = witness?.length ?? exact
    if (witness === null) named = false
    if (reachable === null) reached = false
    lower += reachable ?? 0
    chosen.set(key, witness ?? [])
  }
  upper = Math.min(upper, candidates.length)
  // Free candidates (drivers yet to race) join a group where the witness still holds.
  for (const candidate of sorted(free)) {
    if (!reached || lower >= upper) break
    for (const key of groups) {
      const members = [...(chosen.get(key) ?? []), candidate]
      if (
        passWitness(members, target, rules, key, repairBudget(members, rules)) === members.length
      ) {
        chosen.set(key, members)
        lower += 1
        break
      }
    }
  }
  const exact = reached && lower === upper
  return {
    position: ahead.length + 1 + upper,
    exact,
    passers: exact && named ? [...ahead, ...[...chosen.values()].flat()] : null,
  }
}

/**
 * A position `target` can surely fall to, known from the entry `above` it (docs/scoring-rules.md
 * #scenarios), or 0. Take the results in which `above`, scoring nothing more, falls to its worst
 * (`worst`, exact): the target's results dropped (its places left to those behind it, who only
 * gain), every entry that finished ahead of `above` is still ahead of the target, whose floor is
 * no better than `above`'s; so is `above` itself when its floor is strictly better. The target
 * may have been one of them: it falls at least as far as `above` did, or one place less when the
 * two floors are level.
 */
export function worstFloor(
  above: Standing,
  worst: WorstCase,
  target: Standing,
  countback: number,
): number {
  if (!worst.exact) return 0
  if (isAhead(above, target, countback)) return worst.position
  return isAhead(target, above, countback) ? 0 : worst.position - 1
}

/**
 * The floor `worstFloor` gives, one place lower when the entries ahead of `above` in its worst
 * case are known and `target` is not one of them (docs/scoring-rules.md#scenarios): in those
 * results, with the target's dropped, all of them and `above` (when strictly ahead) finish ahead
 * of the target. With the entries ahead of the target in those results, for its own floor below.
 */
export function floorBelow(
  above: Contender,
  worst: WorstScenario,
  target: Contender,
  countback: number,
): { readonly position: number; readonly passers: ReadonlyArray<Contender> | null } {
  const floor = worstFloor(above.min, worst, target.min, countback)
  if (floor === 0 || worst.passers === null) return { position: floor, passers: null }
  const passers = worst.passers.filter((passer) => passer !== target)
  if (isAhead(above.min, target.min, countback)) passers.push(above)
  return { position: passers.length + 1, passers }
}

/**
 * The worst case of `own`, level in every way with `above` (same-tally.ts): the same position,
 * and the same results with the two swapped.
 */
export function sameWorst(above: Contender, worst: WorstScenario, own: Contender): WorstScenario {
  const passers = worst.passers?.map((passer) => (passer === own ? above : passer)) ?? null
  return { position: worst.position, exact: worst.exact, passers }
}

/** How many outcomes of the remaining races an exact search may try (a few milliseconds). */
const EXACT_LIMIT = 20_000

/**
 * How many exchanges a witness may try when its first deal falls short: a few per member, and
 * for teams (whose every exchange rescoring a whole race) no more than a race's cars allow.
 */
function repairBudget(members: ReadonlyArray<Contender>, rules: ScenarioRules): number {
  const tries = 8 * members.length
  if (rules.method !== 'sum') return tries
  const cars = members.reduce(
    (sum, m) => sum + (m.tally.field.kind === 'cars' ? m.tally.field.classes.length : 1),
    0,
  )
  return Math.min(tries, Math.max(24, Math.floor(50_000 / Math.max(1, cars))))
}

/**
 * Where a candidate competes for places: a driver's class when every remaining race awards places
 * by class (classes then never share a place), else the whole race. Null: a driver who has raced
 * nowhere yet, who may race any class.
 */
function groupKey(candidate: Contender, rules: ScenarioRules, capacity: Capacity): string | null {
  if (!capacity.byClass || rules.method !== 'drivers') return WHOLE
  const field = candidate.tally.field
  return field.kind === 'cars' ? (field.classes[0] ?? WHOLE) : null
}

/**
 * The `upper` entries of `sorted` (by deficit, smallest first) if a witness shows they can all
 * pass together, else none: the answer is exact only when the witness reaches the relaxation's
 * count, so a smaller witness would change nothing.
 */
function witnessAt(
  sorted: ReadonlyArray<Contender>,
  upper: number,
  target: Standing,
  rules: ScenarioRules,
  key: string,
): Array<Contender> | null {
  const members = sorted.slice(0, upper)
  return passWitness(members, target, rules, key, repairBudget(members, rules)) === upper
    ? members
    : null
}

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
 * How many of `sorted` could pass if points were shared out as finely as wished: the largest k
 * whose k smallest needs fit, for every t, the t largest of them into what t entries can take
 * (a polymatroid: this is exactly when a fractional sharing exists, and it only grows with k).
 * Drops can only absorb points, so an entry needs at least its deficit in raw points, and no
 * less than the smallest total one car can actually collect at or above it (`reachable`); the
 * deficit itself only where the best record that total comes with wins countback
 * (`levelAhead`), else more. A
 * driver yet to race whose 0 is already ahead of a target below zero needs nothing but a start:
 * its deficit is negative, and the least total above it is 0 (docs/scoring-rules.md#scenarios).
 */
function relaxedPassers(
  sorted: ReadonlyArray<Contender>,
  target: Standing,
  capacity: Capacity,
  rules: ScenarioRules,
): number {
  const needs = sorted
    .map((c) => {
      const need = target.points - c.min.points
      const strict =
        mustOutscore(c, target, rules.countback) ||
        !capacity.levelAhead(c.tally.places, target, need)
      return Math.max(0, capacity.atLeast(need, strict))
    })
    .toSorted((a, b) => a - b)
  const prefix = [0]
  for (const need of needs) prefix.push((prefix.at(-1) ?? 0) + need)
  const classes = classesRaced(sorted, rules)
  const fits = (k: number) => {
    for (let t = 1; t <= k; t += 1)
      if ((prefix[k] ?? 0) - (prefix[k - t] ?? 0) > capacity.points(t, classes) + 1e-9) return false
    return true
  }
  let low = 0
  let high = needs.length
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (fits(mid)) low = mid
    else high = mid - 1
  }
  // Each one that passes takes a result that changes where it stands, except a driver yet to
  // race ahead of a target below zero, for whom a start is enough.
  const startOnly = sorted.filter((c) => c.min.points > target.points).length
  return Math.min(low, startOnly + capacity.results)
}

/**
 * How many classes `entries` race in: every class the championship counts when one of them may
 * race any (a driver yet to race).
 */
function classesRaced(entries: ReadonlyArray<Contender>, rules: ScenarioRules): number {
  const seen = new Set<string>()
  for (const { tally } of entries) {
    if (tally.field.kind !== 'cars') return rules.classes.length
    for (const cls of tally.field.classes) seen.add(cls)
  }
  return Math.max(1, seen.size)
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
