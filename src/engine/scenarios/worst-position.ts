import type { Capacity } from './capacity.ts'
import { exactPassers } from './exact-passers.ts'
import { passWitness } from './pass-witness.ts'
import { relaxedPassers } from './relaxed-passers.ts'
import {
  isAhead,
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
