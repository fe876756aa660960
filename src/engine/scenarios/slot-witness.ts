import { MaxHeap } from './max-heap.ts'
import type { RemainingRace } from './remaining-races.ts'
import {
  bonusForFastestLap,
  finalPoints,
  isAhead,
  classesOf,
  groupIn,
  mustOutscore,
  takesBonuses,
  type Contender,
  type ScenarioRules,
  type Standing,
} from './scenario-rules.ts'

/** Races that hand out the same places and bonuses and count the same way. */
interface Kind {
  readonly race: RemainingRace
  /** Indices in `rules.remaining`. */
  readonly races: ReadonlyArray<number>
}

const PLACE = 0
const POLE = 1
const LAP = 2

interface Slot {
  readonly kind: number
  /** Which pool (kind, group, place / pole / fastest lap) hands it out. */
  readonly pool: number
  /** The place (1-based), or 0 for a bonus that takes no place. */
  readonly place: number
  readonly column: number
  readonly value: number
  /** A fastest lap that counts only for a car placed at or above this (one-race kinds). */
  readonly maxPlace: number | null
}

/**
 * A witness built from slots (docs/scoring-rules.md#scenarios): races of one kind (the same
 * points, bonuses and rules) each hand out places 1, 2, …; when every member takes one place in
 * every race, which race a place comes from does not matter — a regular bipartite multigraph
 * splits into one matching per race (König) — so it is enough to share out the places of all the
 * races of a kind at once. The best slots go first, each to the member still furthest short that
 * can still make it; then single places are exchanged while that brings a member closer without
 * costing a passing member, for at most `budget` tries. Only for entries of one car each
 * (drivers, teams by rank). Returns how many members pass `target`.
 */
export function slotWitness(
  members: ReadonlyArray<Contender>,
  target: Standing,
  rules: ScenarioRules,
  key: string,
  budget: number,
): number {
  const kinds = kindsOf(rules.remaining)
  const count = members.length
  // Every member's group in every kind: its class, or the whole race.
  const groupNames = new Map<string, number>()
  const groupOf = new Int32Array(count * kinds.length)
  members.forEach((m, i) => {
    const cls = classesOf(m.tally.field, rules, key)[0] ?? ''
    kinds.forEach((kind, k) => {
      const name = groupIn(rules, kind.race, cls)
      if (!groupNames.has(name)) groupNames.set(name, groupNames.size)
      groupOf[i * kinds.length + k] = groupNames.get(name) ?? 0
    })
  })
  const poolOf = (k: number, member: number, column: number) =>
    (k * groupNames.size + (groupOf[member * kinds.length + k] ?? 0)) * 3 + column
  const slots =
    groupNames.size === 1
      ? oneGroupSlots(kinds, rules, count)
      : slotsOf(kinds, rules, groupNames.size, (k, g) => {
          let size = 0
          for (let m = 0; m < count; m += 1) if (groupOf[m * kinds.length + k] === g) size += 1
          return size
        })
  const bonusRoom = rules.remaining.reduce((sum, race) => sum + race.pole + race.fastestLap, 0)
  const evaluate = new Evaluator(members, kinds, rules, target)

  // Greedy orders, best slot first: to the member furthest short (points even out), or to the
  // member furthest short that can still make it (the hopeless give way); the better of the two
  // is then repaired. `stack`: to the member furthest short at the start, until it passes.
  const deal = (giveWay: boolean, stack = false): Array<Array<Slot>> => {
    const held: Array<Array<Slot>> = members.map(() => [])
    const used = new Int32Array(count * kinds.length * 3)
    // A member that must outscore the target needs a point more than its deficit (a hair, here).
    // A driver yet to race on 0 above a target below zero is short of nothing: it only has to
    // start, and takes what is left (docs/scoring-rules.md#scenarios).
    const short = members.map(
      (m) => target.points - m.min.points + (mustOutscore(m, target, rules.countback) ? 1e-9 : 0),
    )
    // Stacked: each member keeps the place in line its first shortfall gave it.
    const first = [...short]
    const key = (m: number) => (stack ? (first[m] ?? 0) : (short[m] ?? 0))
    const seatsLeft = new Int32Array(count).fill(rules.remaining.length)
    const version = new Int32Array(count)
    // One heap per pool, by how far short; an entry (member × 2¹⁶ + version) goes stale when the
    // member's need changes, and is skipped.
    const heaps = Array.from(
      { length: kinds.length * groupNames.size * 3 },
      () => new MaxHeap<number>(),
    )
    const hopeless = heaps.map((): Array<number> => [])
    // A pool with no slot left to deal is never asked again: nobody is offered to it (most
    // seasons have no pole bonus, and many no fastest lap).
    const left = new Int32Array(heaps.length)
    for (const slot of slots) left[slot.pool] = (left[slot.pool] ?? 0) + 1
    const offer = (m: number) => {
      for (let k = 0; k < kinds.length; k += 1) {
        const size = kinds[k]?.races.length ?? 0
        for (let column = 0; column < 3; column += 1)
          if (
            (used[(m * kinds.length + k) * 3 + column] ?? 0) < size &&
            (left[poolOf(k, m, column)] ?? 0) > 0
          )
            heaps[poolOf(k, m, column)]?.push(key(m), m * 65536 + ((version[m] ?? 0) & 0xffff))
      }
    }
    for (let m = 0; m < count; m += 1) offer(m)
    const later: Array<number> = []
    // Slots are best first: from the first worth nothing on, nobody's need changes again, so
    // the rest are dealt in one sweep, below.
    const pointless = slots.findIndex((slot) => slot.value === 0 && slot.column === PLACE)
    const paying = pointless < 0 ? slots.length : pointless
    for (let i = 0; i < paying; i += 1) {
      const slot = slots[i]
      if (slot === undefined) continue
      left[slot.pool] = (left[slot.pool] ?? 0) - 1
      const size = kinds[slot.kind]?.races.length ?? 0
      const heap = heaps[slot.pool]
      const aside = hopeless[slot.pool]
      if (heap === undefined || aside === undefined) continue
      const eligible = (m: number) =>
        (used[(m * kinds.length + slot.kind) * 3 + slot.column] ?? 0) < size &&
        (slot.maxPlace === null || placedWithin(held[m] ?? [], slot.kind, slot.maxPlace))
      later.length = 0
      let best = -1
      for (let entry = heap.pop(); entry !== undefined; entry = heap.pop()) {
        const m = Math.floor(entry / 65536)
        if ((entry & 0xffff) !== ((version[m] ?? 0) & 0xffff)) continue
        if (!eligible(m)) {
          later.push(entry)
          continue
        }
        const still = short[m] ?? 0
        // No slot left is worth more than this one: beyond that, the member cannot make it.
        if (giveWay && still > 0 && still > (seatsLeft[m] ?? 0) * slot.value + bonusRoom) {
          aside.push(m)
          continue
        }
        if (still <= 0) {
          // Already ahead: take it only if no member out of reach can use it.
          const filler = aside.findIndex(eligible)
          if (filler >= 0) {
            later.push(entry)
            best = aside.splice(filler, 1)[0] ?? -1
            break
          }
        }
        best = m
        break
      }
      if (best < 0) {
        const filler = aside.findIndex(eligible)
        if (filler >= 0) best = aside.splice(filler, 1)[0] ?? -1
      }
      for (const entry of later) heap.push(key(Math.floor(entry / 65536)), entry)
      if (best < 0) continue
      held[best]?.push(slot)
      short[best] = (short[best] ?? 0) - slot.value
      const at = (best * kinds.length + slot.kind) * 3 + slot.column
      used[at] = (used[at] ?? 0) + 1
      if (slot.column === PLACE) seatsLeft[best] = (seatsLeft[best] ?? 0) - 1
      version[best] = (version[best] ?? 0) + 1
      offer(best)
    }
    if (paying < slots.length) {
      // Nobody's need changes again: the greedy order above becomes one fixed order, the member
      // furthest short first; with the hopeless giving way, those still in reach, then the
      // hopeless, then those already ahead. Each pool hands its places, best first, down that
      // order, a member taking them until it has one in every race of the kind. Only countback
      // reads these places, and the witness is checked with them as dealt.
      const rank = new Int8Array(count)
      if (giveWay)
        for (let m = 0; m < count; m += 1) {
          const still = short[m] ?? 0
          rank[m] = still <= 0 ? 2 : still > bonusRoom ? 1 : 0
        }
      const order = Int32Array.from({ length: count }, (_, m) => m).sort(
        (a, b) => (rank[a] ?? 0) - (rank[b] ?? 0) || (short[b] ?? 0) - (short[a] ?? 0),
      )
      const cursor = new Int32Array(heaps.length)
      for (let i = paying; i < slots.length; i += 1) {
        const slot = slots[i]
        if (slot === undefined) continue
        const size = kinds[slot.kind]?.races.length ?? 0
        let at = cursor[slot.pool] ?? 0
        for (; at < count; at += 1) {
          const m = order[at] ?? 0
          if (
            poolOf(slot.kind, m, PLACE) === slot.pool &&
            (used[(m * kinds.length + slot.kind) * 3 + PLACE] ?? 0) < size
          )
            break
        }
        cursor[slot.pool] = at
        const taker = order[at]
        if (taker === undefined) continue
        held[taker]?.push(slot)
        const place = (taker * kinds.length + slot.kind) * 3 + PLACE
        used[place] = (used[place] ?? 0) + 1
      }
    }
    return held
  }
  const marginsOf = (held: ReadonlyArray<ReadonlyArray<Slot>>) =>
    held.map((slots, m) => evaluate.margin(m, slots))
  const passingIn = (margins: ReadonlyArray<number>) => margins.filter((m) => m >= 0).length
  const even = deal(false)
  const evenMargins = marginsOf(even)
  const evenPassing = passingIn(evenMargins)
  if (evenPassing === count) return count
  // Letting the hopeless give way gains a few passers (at most 4 over the shipped seasons): from
  // further short than this it cannot come within the repair's reach.
  if (count - evenPassing > 2 * REPAIR_REACH) return evenPassing
  const yielding = deal(true)
  const yieldingMargins = marginsOf(yielding)
  const yieldingPassing = passingIn(yieldingMargins)
  // An exchange lets at most one more member pass (the one giving a place up only loses), and
  // repairs close a few: a deal further short is left as dealt (docs/scoring-rules.md#scenarios).
  if (count - Math.max(evenPassing, yieldingPassing) > REPAIR_REACH)
    return Math.max(evenPassing, yieldingPassing)
  const repaired =
    evenPassing >= yieldingPassing
      ? repair(even, evenMargins, evaluate, budget)
      : repair(yielding, yieldingMargins, evaluate, budget)
  if (repaired === count) return count
  // Last, the places stacked: whoever is furthest short at the start takes the best of every
  // race until it passes (the Carrera Cup 2023 after race 13: one driver takes all three wins
  // and poles, the next every second place…), where evening the points out splits the wins.
  const stacked = passingIn(marginsOf(deal(false, true)))
  return Math.max(repaired, stacked)
}

/**
 * How many members short a deal may be and still be repaired (teams' plans too: pass-witness.ts).
 * Over every step of the shipped seasons no repair closed more than 6 (F1 1950–2024, Carrera
 * Cup, Mustang; measured 7 December 2026); the deals left alone are those 12 or more short, where
 * the whole budget was spent for nothing (docs/performance.md#every-race).
 */
export const REPAIR_REACH = 8

/**
 * The member closest to passing takes a better place of the same kind and group from one who
 * passes with room to spare (and still passes), or from one further short, or, when no such
 * exchange helps, from one as short or closer where it then passes: the smallest exchange that
 * lets it pass is tried first, else the largest that helps. The few members closest to
 * passing are tried each round; when none of them can be helped, or `budget` tries are spent, it
 * stops. `margins` are the members' margins as dealt, kept up to date. Returns how many pass.
 */
function repair(
  held: Array<Array<Slot>>,
  margins: Array<number>,
  evaluate: Evaluator,
  budget: number,
): number {
  const count = held.length
  let tries = budget
  // One exchange for one of the members closest to passing. `lenient`: only from members as
  // short as it or closer, and only where it then passes (one more passes than before): tried
  // when no other exchange helps, so the deal never ends worse for it.
  const exchange = (
    order: ReadonlyArray<{ readonly margin: number; readonly m: number }>,
    lenient: boolean,
  ): boolean => {
    for (const { m: f, margin } of order) {
      const gap = -margin
      // The smallest exchanges that are enough, and the largest that are not, in the order
      // found among equals: only these are tried.
      const enough: Array<Exchange> = []
      const partial: Array<Exchange> = []
      const own = held[f] ?? []
      for (let s = 0; s < count; s += 1) {
        const spare = margins[s] ?? 0
        if (s === f || lenient !== (spare < 0 && -spare <= gap)) continue
        const theirs = held[s] ?? []
        for (let i = 0; i < own.length; i += 1) {
          const mine = own[i]
          if (mine === undefined || mine.column !== PLACE) continue
          for (let j = 0; j < theirs.length; j += 1) {
            const other = theirs[j]
            if (other === undefined || other.column !== PLACE || other.pool !== mine.pool) continue
            const delta = other.value - mine.value
            if (delta <= 0 || (spare >= 0 && delta >= spare)) continue
            if (delta >= gap) keepBest(enough, { s, i, j, delta }, 8, (a, b) => a.delta < b.delta)
            else if (!lenient) keepBest(partial, { s, i, j, delta }, 4, (a, b) => a.delta > b.delta)
          }
        }
      }
      for (const option of [...enough, ...partial]) {
        if (tries <= 0) return false
        tries -= 1
        const theirs = held[option.s]
        const mine = own[option.i]
        const other = theirs?.[option.j]
        if (theirs === undefined || mine === undefined || other === undefined) continue
        own[option.i] = other
        theirs[option.j] = mine
        const fAfter = evaluate.margin(f, own)
        const sAfter = evaluate.margin(option.s, theirs)
        const helps = lenient ? fAfter >= 0 : fAfter > margin
        if (helps && ((margins[option.s] ?? 0) < 0 || sAfter >= 0)) {
          margins[f] = fAfter
          margins[option.s] = sAfter
          own.sort(bestFirst)
          theirs.sort(bestFirst)
          return true
        }
        theirs[option.j] = other
        own[option.i] = mine
      }
    }
    return false
  }
  while (tries > 0) {
    const order: Array<{ readonly margin: number; readonly m: number }> = []
    margins.forEach((margin, m) => {
      if (margin < 0) keepBest(order, { margin, m }, 3, (a, b) => a.margin > b.margin)
    })
    if (!exchange(order, false) && !exchange(order, true)) break
  }
  return margins.filter((margin) => margin >= 0).length
}

/** Two places of one pool to exchange: member `s`'s `j`-th for the helped member's `i`-th. */
interface Exchange {
  readonly s: number
  readonly i: number
  readonly j: number
  readonly delta: number
}

/**
 * Adds `item` to `list`, which keeps at most `limit` items in order: it goes after every item it
 * does not come `before` (a stable sort of all of them, cut to the first `limit`).
 */
function keepBest<T>(
  list: Array<T>,
  item: T,
  limit: number,
  before: (item: T, other: T) => boolean,
): void {
  let at = list.length
  for (let above = list[at - 1]; above !== undefined && before(item, above); above = list[at - 1])
    at -= 1
  if (at >= limit) return
  list.splice(at, 0, item)
  if (list.length > limit) list.pop()
}

function bestFirst(a: Slot, b: Slot): number {
  return b.value - a.value
}

/** The slots of one group as large as any asked for so far, per rules (one step). */
const oneGroup = new WeakMap<
  ScenarioRules,
  {
    readonly kinds: ReadonlyArray<Kind>
    readonly size: number
    readonly slots: ReadonlyArray<Slot>
  }
>()

/**
 * The slots when every member competes in one group: those of the largest group asked for in
 * this step, without the places beyond `size`. The same list as `slotsOf` would make: places
 * 1…size of each race in the same order, since a stable sort of a part is that part of the sort.
 * The witness is asked once per entry per step; the list is built and sorted once.
 */
function oneGroupSlots(
  kinds: ReadonlyArray<Kind>,
  rules: ScenarioRules,
  size: number,
): ReadonlyArray<Slot> {
  let known = oneGroup.get(rules)
  if (known === undefined || known.kinds !== kinds || known.size < size) {
    known = { kinds, size, slots: slotsOf(kinds, rules, 1, () => size) }
    oneGroup.set(rules, known)
  }
  return known.size === size ? known.slots : known.slots.filter((slot) => slot.place <= size)
}

/** Every place of every race of each kind, per group, with the bonuses, best first. */
function slotsOf(
  kinds: ReadonlyArray<Kind>,
  rules: ScenarioRules,
  groups: number,
  groupSize: (kind: number, group: number) => number,
): ReadonlyArray<Slot> {
  const slots: Array<Slot> = []
  kinds.forEach((kind, k) => {
    const { race } = kind
    const limit = race.fastestLapMaxPosition
    // A fastest lap limited to the top places goes with a place: in a kind of one race any place
    // at or above the limit, in a kind of several (where places are shared out without saying
    // which race they come from) the win. Otherwise it goes to anyone.
    const withWin = limit !== null && kind.races.length > 1 && takesBonuses(rules)
    for (let g = 0; g < groups; g += 1) {
      const size = groupSize(k, g)
      if (size === 0) continue
      const pool = (column: number) => (k * groups + g) * 3 + column
      for (let copy = 0; copy < kind.races.length; copy += 1) {
        for (let place = 1; place <= size; place += 1) {
          const lap = withWin && place === 1 ? bonusForFastestLap(race, 1) : 0
          const value = (race.prizes[place - 1] ?? 0) + lap
          slots.push({ kind: k, pool: pool(PLACE), place, column: PLACE, value, maxPlace: null })
        }
        if (!takesBonuses(rules)) continue
        if (race.pole > 0)
          slots.push({
            kind: k,
            pool: pool(POLE),
            place: 0,
            column: POLE,
            value: race.pole,
            maxPlace: null,
          })
        if (race.fastestLap > 0 && !withWin)
          slots.push({
            kind: k,
            pool: pool(LAP),
            place: 0,
            column: LAP,
            value: race.fastestLap,
            maxPlace: limit,
          })
      }
    }
  })
  return slots.sort((a, b) => b.value - a.value || a.place - b.place)
}

/**
 * Final points from the slots a member holds. Which race of a kind a place came from does not
 * matter; which race a bonus lands in can, once drops apply: then the points are counted with the
 * bonuses on the lowest scores and on the highest, and the smaller total kept, so the witness
 * holds however the races are laid out. Without drops the points are a sum.
 */
class Evaluator {
  private readonly members: ReadonlyArray<Contender>
  private readonly kinds: ReadonlyArray<Kind>
  private readonly rules: ScenarioRules
  private readonly target: Standing
  private readonly scores: Array<number>

  constructor(
    members: ReadonlyArray<Contender>,
    kinds: ReadonlyArray<Kind>,
    rules: ScenarioRules,
    target: Standing,
  ) {
    this.members = members
    this.kinds = kinds
    this.rules = rules
    this.target = target
    this.scores = new Array<number>(rules.remaining.length).fill(0)
  }

  /** Points above the target (0 when ahead on countback), or, negative, how many are missing. */
  margin(member: number, slots: ReadonlyArray<Slot>): number {
    const entry = this.members[member]
    if (entry === undefined) return -Infinity
    const points = this.points(entry, slots)
    const { target } = this
    if (points !== target.points) return points - target.points
    const places = [...entry.tally.places]
    for (const slot of slots)
      if (slot.place > 0 && this.kinds[slot.kind]?.race.countsForCountback === true)
        places[slot.place] = (places[slot.place] ?? 0) + 1
    return isAhead({ points, places }, target, this.rules.countback) ? 0 : -1e-9
  }

  private points(entry: Contender, slots: ReadonlyArray<Slot>): number {
    const { rules } = this
    if (!rules.dropsAtEnd) {
      let sum = 0
      for (const slot of slots)
        if (slot.maxPlace === null || placedWithin(slots, slot.kind, slot.maxPlace))
          sum += slot.value
      return finalPoints(entry.tally, rules, [sum])
    }
    // Without a bonus the two layouts are one.
    const best = this.layout(entry, slots, true)
    return slots.some((slot) => slot.column !== PLACE)
      ? Math.min(best, this.layout(entry, slots, false))
      : best
  }

  /**
   * Race scores laid out from `slots`, which hold each kind's places best first (deal() hands
   * them out that way, repair() keeps it so): the i-th pole and fastest lap go with the i-th best
   * place (`bonusesOnBest`) or the i-th worst.
   */
  private layout(entry: Contender, slots: ReadonlyArray<Slot>, bonusesOnBest: boolean): number {
    const { scores, kinds } = this
    scores.fill(0)
    for (let k = 0; k < kinds.length; k += 1) {
      const races = kinds[k]?.races ?? []
      const n = races.length
      const at = (rank: number) => races[bonusesOnBest ? rank : n - 1 - rank] ?? 0
      let place = 0
      let pole = 0
      let lap = 0
      for (const slot of slots) {
        if (slot.kind !== k) continue
        let race: number
        if (slot.column === PLACE) race = races[place++] ?? 0
        else if (slot.column === POLE) race = at(pole++)
        else if (slot.maxPlace === null || placedWithin(slots, k, slot.maxPlace)) race = at(lap++)
        else continue
        scores[race] = (scores[race] ?? 0) + slot.value
      }
    }
    return finalPoints(entry.tally, this.rules, scores)
  }
}

/** Whether the slots held include a place of kind `kind` at or above `limit`. */
function placedWithin(held: ReadonlyArray<Slot>, kind: number, limit: number): boolean {
  return held.some((slot) => slot.kind === kind && slot.place > 0 && slot.place <= limit)
}

/** Kinds of each list of remaining races: a step asks for every entry's witness over one list. */
const kindsByRemaining = new WeakMap<ReadonlyArray<RemainingRace>, ReadonlyArray<Kind>>()

/** The remaining races grouped by everything that decides what their places are worth. */
function kindsOf(remaining: ReadonlyArray<RemainingRace>): ReadonlyArray<Kind> {
  const known = kindsByRemaining.get(remaining)
  if (known !== undefined) return known
  const kinds = groupKinds(remaining)
  kindsByRemaining.set(remaining, kinds)
  return kinds
}

function groupKinds(remaining: ReadonlyArray<RemainingRace>): ReadonlyArray<Kind> {
  const kinds = new Map<string, { race: RemainingRace; races: Array<number> }>()
  remaining.forEach((race, r) => {
    const signature = JSON.stringify([
      race.prizes,
      race.pole,
      race.fastestLap,
      race.fastestLapMaxPosition,
      race.requireClassified,
      race.awardBy,
      race.droppable,
      race.part,
      race.countsForCountback,
    ])
    const kind = kinds.get(signature)
    if (kind === undefined) kinds.set(signature, { race, races: [r] })
    else kind.races.push(r)
  })
  return [...kinds.values()]
}
