import {
  bestResult,
  bonusForFastestLap,
  finalPoints,
  classesOf,
  groupIn,
  isAhead,
  mustOutscore,
  type Contender,
  type ScenarioRules,
  type Standing,
} from './scenario-rules.ts'
import { REPAIR_REACH, slotWitness } from './slot-witness.ts'

/**
 * Builds results for the remaining races in which `members` try to finish ahead of `target`
 * (who scores nothing more), and returns how many of them do (docs/scoring-rules.md#scenarios).
 * Entries of one car each are shared out by slots (slot-witness.ts). Teams adding cars up are
 * planned race by race: the member still furthest short takes the best place of its group and the
 * bonuses go where they close a gap; members already ahead, or out of reach, take what is left.
 * Then places are swapped between members, race by race, while a swap brings a member still
 * short closer without costing a passing member its place. Every total is computed as the
 * standings would (drops, countback), so whatever it returns can happen. `key` is the class a
 * driver who has raced nowhere yet takes.
 */
export function passWitness(
  members: ReadonlyArray<Contender>,
  target: Standing,
  rules: ScenarioRules,
  key: string,
  budget: number,
): number {
  if (rules.method !== 'sum') return slotWitness(members, target, rules, key, budget)
  const plan = new Plan(members, target, rules, key)
  plan.build()
  // As for drivers: a plan further short than repairs close is left as planned (over the
  // shipped seasons no team repair closed more than four).
  const planned = plan.passing()
  if (members.length - planned > REPAIR_REACH) return planned
  plan.repair(budget)
  return plan.passing()
}

/** Two seats of one group of one race to exchange, and what that gains. */
interface Swap {
  readonly r: number
  readonly g: number
  readonly a: number
  readonly b: number
  readonly gain: number
}

/** One car of a member (a `sum` team may have several) in one race. */
interface Seat {
  readonly member: number
  readonly car: number
}

/**
 * A witness for teams adding their cars up: who takes which place, the pole and the fastest lap
 * in every remaining race.
 */
class Plan {
  private readonly members: ReadonlyArray<Contender>
  private readonly target: Standing
  private readonly rules: ScenarioRules
  private readonly races: number
  /** Per member: the class of each car. */
  private readonly classes: ReadonlyArray<ReadonlyArray<string>>
  /** Per race: the seats of each group in place order. */
  private readonly groups: Array<ReadonlyArray<Array<Seat>>> = []
  /** Per member and race: the race score, kept up to date. */
  private readonly scores: Float64Array
  /** Per race and group: the seat with the pole, and with the fastest lap. */
  private readonly pole: Array<Array<Seat | null>> = []
  private readonly lap: Array<Array<Seat | null>> = []
  private readonly potential: ReadonlyArray<Float64Array>
  /** Per member: whether level on points is short of the target (only more points pass). */
  private readonly outscore: ReadonlyArray<boolean>

  constructor(
    members: ReadonlyArray<Contender>,
    target: Standing,
    rules: ScenarioRules,
    key: string,
  ) {
    this.members = members
    this.target = target
    this.rules = rules
    this.races = rules.remaining.length
    this.scores = new Float64Array(members.length * this.races)
    this.classes = members.map((m) => classesOf(m.tally.field, rules, key))
    // What each member can still take from race r on: beyond it, a member is out of reach.
    this.outscore = members.map((m) => mustOutscore(m, target, rules.countback))
    this.potential = members.map((m) => {
      const suffix = new Float64Array(this.races + 1)
      for (let r = this.races - 1; r >= 0; r -= 1) {
        const race = rules.remaining[r]
        const best = race === undefined ? 0 : bestResult(rules, race, m.tally.field).points
        suffix[r] = (suffix[r + 1] ?? 0) + best
      }
      return suffix
    })
  }

  private scoreSlice(member: number): Float64Array {
    return this.scores.subarray(member * this.races, (member + 1) * this.races)
  }

  private points(member: number): number {
    return finalPoints(this.members[member]!.tally, this.rules, this.scoreSlice(member))
  }

  /** Countback places with the planned results; only needed when points are level. */
  private places(member: number): ReadonlyArray<number> {
    const places = [...this.members[member]!.tally.places]
    this.groups.forEach((groups, r) => {
      if (this.rules.remaining[r]?.countsForCountback !== true) return
      for (const seats of groups)
        seats.forEach((seat, i) => {
          if (seat.member === member) places[i + 1] = (places[i + 1] ?? 0) + 1
        })
    })
    return places
  }

  private passesWith(member: number, points: number): boolean {
    if (points !== this.target.points) return points > this.target.points
    return isAhead({ points, places: this.places(member) }, this.target, this.rules.countback)
  }

  private passes(member: number): boolean {
    return this.passesWith(member, this.points(member))
  }

  /** Points still missing after the first `upTo` races (0: ahead; -1: out of reach). */
  private shortfall(member: number, upTo: number): number {
    const gap = this.gap(member)
    const potential = this.potential[member]?.[upTo] ?? 0
    // Reaching the target exactly is out of reach too where only more points pass.
    const level = this.outscore[member] === true
    return gap > potential + 1e-9 || (level && gap > potential - 1e-9) ? -1 : gap
  }

  /**
   * Recomputes every member's score in race `r` (a team's cars in every group of the race count):
   * one pass over the race's seats.
   */
  private rescore(r: number): void {
    const race = this.rules.remaining[r]
    const groups = this.groups[r]
    if (race === undefined || groups === undefined) return
    const values = new Map<number, Array<number>>()
    groups.forEach((seats, h) =>
      seats.forEach((seat, i) => {
        const value = this.seatValue(r, h, i)
        const list = values.get(seat.member)
        if (list === undefined) values.set(seat.member, [value])
        else list.push(value)
      }),
    )
    for (const [member, list] of values) this.scores[member * this.races + r] = this.combine(list)
  }

  private seatValue(r: number, g: number, i: number): number {
    const race = this.rules.remaining[r]
    const seat = this.groups[r]?.[g]?.[i]
    if (race === undefined || seat === undefined) return 0
    let value = race.prizes[i] ?? 0
    if (this.pole[r]?.[g] === seat) value += race.pole
    if (this.lap[r]?.[g] === seat) value += bonusForFastestLap(race, i + 1)
    return value
  }

  /** A team's race score: its best `carsPerRace` cars (all of them when it names none). */
  private combine(values: ReadonlyArray<number>): number {
    if (values.length <= 1) return values[0] ?? 0
    const limit = this.rules.carsPerRace ?? values.length
    // The usual pair of cars, without a sort (a + b is b + a, exactly).
    if (values.length === 2 && limit >= 1) {
      const a = values[0] ?? 0
      const b = values[1] ?? 0
      return limit === 1 ? Math.max(a, b) : a + b
    }
    return values
      .toSorted((a, b) => b - a)
      .slice(0, limit)
      .reduce((sum, value) => sum + value, 0)
  }

  build(): void {
    const { remaining } = this.rules
    for (let r = 0; r < this.races; r += 1) {
      const race = remaining[r]!
      const need = this.members.map((_, member) => rank(this.shortfall(member, r)))
      const byKey = new Map<string, Array<Seat>>()
      this.classes.forEach((classes, member) =>
        classes.forEach((cls, car) => {
          const key = groupIn(this.rules, race, cls)
          const list = byKey.get(key)
          if (list === undefined) byKey.set(key, [{ member, car }])
          else list.push({ member, car })
        }),
      )
      const groups = [...byKey.values()]
      // A team counting its best `carsPerRace` cars: its other cars' places are worth nothing to
      // it, so they go after every counting car, or they would take places another team needs.
      const limit = this.rules.carsPerRace ?? Infinity
      const spares = groups.map((seats) => spareSeats(seats, limit))
      groups.forEach((seats, g) => {
        const spare = spares[g] ?? NO_SEATS
        seats.sort(
          (a, b) =>
            Number(spare.has(a)) - Number(spare.has(b)) ||
            (need[b.member] ?? 0) - (need[a.member] ?? 0) ||
            a.member - b.member,
        )
      })
      this.groups.push(groups)
      // The bonuses go to whoever is still short after the places (a team's cars counted
      // together, as the standings add them; level is short where it must outscore): the pole
      // to anyone, then the fastest lap to a car placed where it counts.
      const placed = new Map<number, Array<number>>()
      for (const seats of groups)
        seats.forEach((seat, i) => {
          const value = race.prizes[i] ?? 0
          const list = placed.get(seat.member)
          if (list === undefined) placed.set(seat.member, [value])
          else list.push(value)
        })
      const still = need.map((n, member) => {
        if (n <= 0) return n
        const hair = this.outscore[member] === true ? 1e-9 : 0
        const left = n + hair - this.combine(placed.get(member) ?? [])
        return left > 0 ? left : -2
      })
      const poles: Array<Seat | null> = []
      const laps: Array<Seat | null> = []
      groups.forEach((seats, g) => {
        // A bonus on a car that does not count is lost: only counting cars take one (the spare
        // cars, found before the sort, are still the same ones: the sort keeps them last).
        const spare = spares[g] ?? NO_SEATS
        // The best placed car of the member still furthest short (a linear pass, no sort).
        const pick = (eligible: (i: number) => boolean): Seat | null => {
          let best: Seat | null = null
          let bestRank = -Infinity
          seats.forEach((seat, i) => {
            if (spare.has(seat) || !eligible(i)) return
            const after = still[seat.member] ?? -2
            if (after > bestRank) {
              best = seat
              bestRank = after
            }
          })
          return best
        }
        const pole = race.pole > 0 ? pick(() => true) : null
        if (pole !== null && (still[pole.member] ?? 0) > 0) {
          const left = (still[pole.member] ?? 0) - race.pole
          still[pole.member] = left > 0 ? left : -2
        }
        poles.push(pole)
        laps.push(race.fastestLap > 0 ? pick((i) => bonusForFastestLap(race, i + 1) > 0) : null)
      })
      this.pole.push(poles)
      this.lap.push(laps)
      this.rescore(r)
    }
  }

  /**
   * Swaps a member still short into a better place held by a member who passes with points to
   * spare (and still passes after), or who is further short, or, when no such swap helps, who is
   * short too, where the swap makes it pass; takes the swap that closes the most of the gap, and
   * repeats while one helps and the budget lasts.
   */
  repair(limit: number): void {
    const budget = { left: limit }
    const next = () => this.bestSwap(budget, false) ?? this.bestSwap(budget, true)
    for (let swap = next(); swap !== null; swap = next()) this.swap(swap.r, swap.g, swap.a, swap.b)
  }

  /**
   * The swap that brings the member closest to passing furthest, or null. `lenient`: a member
   * short by no more than it may give up a place too, where that makes it pass (one more passes
   * than before); tried only when no other swap helps, so the plan never ends worse for it.
   */
  private bestSwap(budget: { left: number }, lenient: boolean): Swap | null {
    const gaps = this.members.map((_, m) => this.gap(m))
    const short = gaps
      .map((gap, m) => ({ gap, m }))
      .filter(({ gap }) => gap > 0)
      .toSorted((a, b) => a.gap - b.gap)
    for (const { m: f, gap: before } of short) {
      let best: Swap | null = null
      for (let r = 0; r < this.races && budget.left > 0; r += 1) {
        const groups = this.groups[r] ?? []
        for (let g = 0; g < groups.length && budget.left > 0; g += 1) {
          const seats = groups[g] ?? []
          const fi = seats.findIndex((seat) => seat.member === f)
          for (let si = 0; si < fi && budget.left > 0; si += 1) {
            const s = seats[si]?.member ?? f
            if (s === f) continue
            budget.left -= 1
            this.swap(r, g, fi, si)
            const after = this.gap(f)
            const gain = before - after
            // From a member already passing, only if it still passes; from one short, if it is
            // further short (or, lenient, if this one then passes).
            const allowed =
              (gaps[s] ?? 0) === 0
                ? this.gap(s) === 0
                : (gaps[s] ?? 0) > before || (lenient && after === 0)
            this.swap(r, g, fi, si)
            if (allowed && gain > 1e-9 && (best === null || gain > best.gain))
              best = { r, g, a: fi, b: si, gain }
          }
        }
      }
      if (best !== null) return best
    }
    return null
  }

  private swap(r: number, g: number, a: number, b: number): void {
    const seats = this.groups[r]?.[g]
    if (seats === undefined) return
    const seatA = seats[a]!
    seats[a] = seats[b]!
    seats[b] = seatA
    this.rescore(r)
  }

  /** Points still missing (0 when passing). */
  private gap(member: number): number {
    const points = this.points(member)
    return this.passesWith(member, points) ? 0 : Math.max(this.target.points - points, 1e-9)
  }

  passing(): number {
    let count = 0
    for (let m = 0; m < this.members.length; m += 1) if (this.passes(m)) count += 1
    return count
  }
}

/**
 * The seats of a group past each member's first `limit`, in the group's order: cars a team
 * counting its best `limit` would not count there (docs/scoring-rules.md#teams-championships).
 */
function spareSeats(seats: ReadonlyArray<Seat>, limit: number): ReadonlySet<Seat> {
  if (limit === Infinity) return NO_SEATS
  const spare = new Set<Seat>()
  const held = new Map<number, number>()
  for (const seat of seats) {
    const count = (held.get(seat.member) ?? 0) + 1
    held.set(seat.member, count)
    if (count > limit) spare.add(seat)
  }
  return spare
}

const NO_SEATS: ReadonlySet<Seat> = new Set()

/** Order of need: the largest gap first, then the out of reach, then those already ahead. */
function rank(need: number): number {
  return need > 0 ? need : need < 0 ? -1 : -2
}
