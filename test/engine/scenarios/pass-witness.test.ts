import { expect, test } from 'vitest'
import { scenarioRules } from '../../fixtures/scenario-rules.ts'
import { passWitness } from '../../../src/engine/scenarios/pass-witness.ts'
import type { RemainingRace } from '../../../src/engine/scenarios/remaining-races.ts'
import type { Contender, ScenarioRules } from '../../../src/engine/scenarios/scenario-rules.ts'
import { remainingRace } from '../../fixtures/remaining-race.ts'
import { seededRandom } from '../../../scripts/seeded-random.ts'

/*
 * The witness for teams adding their cars up (docs/scoring-rules.md#scenarios): a plan of who
 * takes which place, the pole and the fastest lap, then exchanges of places while one helps.
 * Two teams of two Pro cars each, one Carrera Cup race (25-20-17-14…, pole 2, fastest lap 1):
 * 79 points for the four cars between them.
 */
const rules = (remaining: ReadonlyArray<RemainingRace>, over: Partial<ScenarioRules> = {}) =>
  scenarioRules(remaining, { method: 'sum', ...over })
const team = (points: number, classes: ReadonlyArray<string> = ['pro', 'pro']): Contender => ({
  tally: {
    id: `t${points}`,
    name: '',
    entry: 0,
    total: points,
    toCome: 0,
    lowest: [],
    places: [],
    field: { kind: 'cars', classes },
  },
  min: { points, places: [] },
  max: { points, places: [] },
})
const at = (points: number) => ({ points, places: [] })
const ONE = rules([remainingRace()])

test('both teams pass when the places are shared right: 25 + 17 and 20 + 14 with both bonuses', () => {
  // Against 51: the team on 10 needs 42, the team on 15 needs 37; 42 + 37 = 79, every point.
  // The first plan gives the team furthest short both top places (45) and leaves the other 34;
  // exchanging its second car's place with the other team's first mends it.
  expect(passWitness([team(10), team(15)], at(51), ONE, 'pro', 16)).toBe(2)
  // Without an exchange to try the plan stands: one team passes.
  expect(passWitness([team(10), team(15)], at(51), ONE, 'pro', 0)).toBe(1)
})

test('needs past what the race hands out: one team passes at most', () => {
  // Against 52: 43 + 38 = 81 > 79.
  expect(passWitness([team(10), team(15)], at(52), ONE, 'pro', 16)).toBe(1)
  // Far out of reach: none.
  expect(passWitness([team(10), team(15)], at(100), ONE, 'pro', 16)).toBe(0)
})

test('cars in two classes each take the top of their own class', () => {
  // One car in Pro and one in Am each: both cars of a team can win their class (25 + 25 + 6).
  expect(passWitness([team(0, ['pro', 'am'])], at(55), ONE, 'pro', 16)).toBe(1)
  expect(passWitness([team(0, ['pro', 'am'])], at(56), ONE, 'pro', 16)).toBe(0)
})

test('a team counting one car a race: its second car takes no place another team needs, and no bonus', () => {
  // Best car only (the 1958–78 constructors): against 29, the team on 3 needs 27 (the win and
  // the pole), the team on 10 needs 20 (second). Both cars of the team furthest short used to
  // take the top two places, and the pole went to its second car, where it counts for nothing.
  const oneCar = rules([remainingRace()], { carsPerRace: 1 })
  expect(passWitness([team(3), team(10)], at(29), oneCar, 'pro', 16)).toBe(2)
  // One point more for the team on 3 to find: 28 is past the win and the pole (27).
  expect(passWitness([team(3), team(10)], at(30), oneCar, 'pro', 16)).toBe(1)
  // Counting both cars, the same two teams pass 29 too (25 + 20 + 3 and 17 + 14).
  expect(passWitness([team(3), team(10)], at(29), ONE, 'pro', 16)).toBe(2)
})

test('a team of three counting its best two, and countback on the places its cars take', () => {
  // Three Pro cars, the best two count: 25 + 20 with both bonuses, 48, the third car's 17 not.
  const three = team(0, ['pro', 'pro', 'pro'])
  const bestTwo = rules([remainingRace()], { carsPerRace: 2 })
  expect(passWitness([three], at(47), bestTwo, 'pro', 16)).toBe(1)
  expect(passWitness([three], at(48), bestTwo, 'pro', 16)).toBe(0)
  // Level on 48 with a target that never finished in the top places: a first and a second
  // place win it on countback, where countback counts and the race's places count for it.
  const level = { points: 48, places: [] }
  expect(
    passWitness([team(0)], level, rules([remainingRace()], { countback: Infinity }), 'pro', 16),
  ).toBe(1)
  expect(passWitness([team(0)], level, ONE, 'pro', 16)).toBe(0)
  const notCounted = remainingRace({ countsForCountback: false })
  expect(
    passWitness([team(0)], level, rules([notCounted], { countback: Infinity }), 'pro', 16),
  ).toBe(0)
})

test('a team out of reach takes what is left, after those still in reach', () => {
  // One car each, against 32: the team on 0 needs 33, past the 28 a race gives; the team on 5
  // needs 28, the win with both bonuses. Planned by gap alone, the team out of reach would take
  // the win and the pole, and neither would pass.
  const one = (points: number) => team(points, ['pro'])
  expect(passWitness([one(0), one(5)], at(32), ONE, 'pro', 16)).toBe(1)
  // A team already ahead takes what is left too: the team on 40 gives way.
  expect(passWitness([one(40), one(5)], at(32), ONE, 'pro', 0)).toBe(2)
})

const SMALL = remainingRace({ prizes: [10, 6, 4, 3, 2, 1], pole: 1, fastestLap: 1 })

test('the bonuses go to the team still short once all its cars are placed (bug: the pole went to a team already through)', () => {
  // One race paying 10-6-4-3-2-1, pole and fastest lap 1; against 10, more needed. The team on
  // 0 (one car) wins and is level, a point short; the team on 3 takes second and third, 13,
  // through. Counted car by car, its third-placed car looked 3 short and took both bonuses.
  expect(passWitness([team(3), team(0, ['pro'])], at(10), rules([SMALL]), 'pro', 16)).toBe(2)
})

test('a team that can at best draw level is out of reach (bug: it took the win)', () => {
  // Best car only, against 12: the team on 0 can reach 12 (the win and both bonuses), level,
  // not ahead; the teams on 6 and 4 pass with the second place and the pole (13) and the win.
  const one = (points: number) => team(points, ['pro'])
  const oneCar = rules([SMALL], { carsPerRace: 1 })
  expect(passWitness([one(6), one(0), one(4)], at(12), oneCar, 'pro', 16)).toBe(2)
})

test('two teams level and short: one gives up the win so that the other passes (bug: neither passed)', () => {
  // Best car only, one Carrera Cup race, against 26: the win and the pole (27) pass, and only
  // one team can have them.
  const oneCar = rules([remainingRace()], { carsPerRace: 1 })
  expect(passWitness([team(0), team(0)], at(26), oneCar, 'pro', 16)).toBe(1)
})

/*
 * Against every outcome, on tiny random fields (two or three teams, five cars at most, one or
 * two races): the witness never finds more than can pass; a greedy plan with exchanges, it may
 * find fewer, on about one field in 40 (one in 11 before the three fixes above): a gate.
 */
function permutations<T>(items: ReadonlyArray<T>): Array<Array<T>> {
  if (items.length <= 1) return [[...items]]
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  )
}

/** Every distinct list of the members' scores one race can give (teams adding their best cars). */
function raceScores(
  members: ReadonlyArray<Contender>,
  race: RemainingRace,
  carsPerRace: number | null,
): ReadonlyArray<ReadonlyArray<number>> {
  const cars = members.flatMap((m, member) =>
    m.tally.field.kind === 'cars'
      ? m.tally.field.classes.map((cls) => ({ member, group: race.awardBy === 'class' ? cls : '' }))
      : [],
  )
  let outcomes: Array<Array<number>> = [cars.map(() => 0)]
  for (const group of new Set(cars.map((car) => car.group))) {
    const inGroup = cars.flatMap((car, i) => (car.group === group ? [i] : []))
    const next: Array<Array<number>> = []
    for (const order of permutations(inGroup))
      for (const pole of [-1, ...inGroup])
        for (const lap of [-1, ...inGroup])
          for (const base of outcomes) {
            const points = [...base]
            order.forEach((car, p) => (points[car] = (points[car] ?? 0) + (race.prizes[p] ?? 0)))
            if (pole >= 0) points[pole] = (points[pole] ?? 0) + race.pole
            if (lap >= 0) points[lap] = (points[lap] ?? 0) + race.fastestLap
            next.push(points)
          }
    outcomes = next
  }
  const distinct = new Map<string, ReadonlyArray<number>>()
  for (const points of outcomes) {
    const scores = members.map((_, member) => {
      const own = cars.flatMap((car, i) => (car.member === member ? [points[i] ?? 0] : []))
      const counted = own.toSorted((a, b) => b - a).slice(0, carsPerRace ?? own.length)
      return counted.reduce((sum, p) => sum + p, 0)
    })
    distinct.set(scores.join(), scores)
  }
  return [...distinct.values()]
}

/** The most members that finish on more points than `target` together, over every outcome. */
function mostPassing(members: ReadonlyArray<Contender>, target: number, all: ScenarioRules) {
  let totals = new Map([['', members.map((m) => m.tally.total)]])
  for (const race of all.remaining) {
    const next = new Map<string, Array<number>>()
    for (const scores of raceScores(members, race, all.carsPerRace))
      for (const sum of totals.values()) {
        const total = sum.map((points, i) => points + (scores[i] ?? 0))
        next.set(total.join(), total)
      }
    totals = next
  }
  return Math.max(...[...totals.values()].map((t) => t.filter((p) => p > target).length))
}

const KINDS = [
  remainingRace(),
  remainingRace({ pole: 0, fastestLap: 0 }),
  SMALL,
  remainingRace({ prizes: [9, 6, 4, 3, 2, 1], awardBy: 'overall', pole: 1, fastestLap: 0 }),
]

test('on 300 tiny random fields, never more than every outcome allows, the most on all but seven', () => {
  let fields = 0
  const short: Array<number> = []
  const over: Array<number> = []
  for (let seed = 1; fields < 300; seed += 1) {
    const random = seededRandom(seed)
    const below = (n: number) => Math.floor(random() * n)
    const races = 1 + below(2)
    const kind = KINDS[below(KINDS.length)] ?? SMALL
    const all = rules(
      Array.from({ length: races }, () => kind),
      { carsPerRace: random() < 0.3 ? 1 : null },
    )
    const fieldClasses = Array.from({ length: 2 + below(2) }, () =>
      Array.from({ length: 1 + below(2) }, () => (random() < 0.8 ? 'pro' : 'am')),
    )
    if (fieldClasses.flat().length > (races > 1 ? 4 : 5)) continue
    const most = (kind.prizes[0] ?? 0) * races * 2
    const target = below(most)
    const members = fieldClasses.map((classes) => team(Math.max(0, target - below(most)), classes))
    fields += 1
    const truth = mostPassing(members, target, all)
    const found = passWitness(members, at(target), all, 'pro', 16)
    if (found > truth) over.push(seed)
    if (found < truth) short.push(seed)
  }
  expect(over).toEqual([])
  // The fields where the plan finds fewer, named: losing one more fails, winning one back
  // shortens the list (27 of 300 before the bonuses went to the team still short).
  expect(short).toEqual([71, 93, 136, 205, 208, 231, 296])
})
