import { expect, test } from 'vitest'
import { verdictOf, type PermutationRow } from '../../src/engine/scenarios/permutation-row.ts'
import { raceOutcomes, type RaceOutcome } from '../../src/engine/scenarios/race-outcomes.ts'
import type { RemainingRace } from '../../src/engine/scenarios/remaining-races.ts'
import {
  rivalLimit,
  type PlaceLimit,
  type RivalLimit,
} from '../../src/engine/scenarios/rival-limit.ts'
import type { ScenarioRules } from '../../src/engine/scenarios/scenario-rules.ts'
import { aheadIsEnough, allowsNoMore, clinchClauses } from '../../src/model/clinch-clauses.ts'
import { remainingRace } from '../fixtures/remaining-race.ts'
import { withinLimit } from '../fixtures/within-limit.ts'

/*
 * The clinch sentence's clauses over tables worked out by hand (docs/scoring-rules.md#permutations):
 * the last race of a season, Carrera Cup points by place (25-20-17-…-1, 15 places), the rows the
 * engine's own rival limits give when the title goes to whoever has more points after it.
 */
const race = (pole = 0, fastestLap = 0) => remainingRace({ pole, fastestLap })
const rules = { method: 'drivers' } as ScenarioRules
const PLACES = 16

interface Rival {
  /** Points behind the leader before the race. */
  readonly behind: number
  /** Whether it races for the same places (its class). */
  readonly sameGroup: boolean
  /** Whether it takes the title when level on points (countback in its favour). */
  readonly winsTies: boolean
}

function table(rivals: ReadonlyArray<Rival>, last = race()) {
  const rows = raceOutcomes(rules, last, PLACES).map((leader): PermutationRow => {
    const limits = rivals.map((rival) =>
      rivalLimit(rules, last, PLACES, leader, rival.sameGroup, (outcome) => {
        const margin = leader.points + rival.behind - outcome.points
        return margin > 0 || (margin === 0 && !rival.winsTies)
      }),
    )
    return { leader, clinches: verdictOf(limits), limits }
  })
  return {
    rows,
    by: 'place' as const,
    race: last,
    places: PLACES,
    sameGroup: rivals.map((r) => r.sameGroup),
  }
}

const rival = (behind: number, over: Partial<Rival> = {}): Rival => ({
  behind,
  sameGroup: true,
  winsTies: false,
  ...over,
})

test('level on points, the rival ahead on countback: finishing ahead is enough only while it scores', () => {
  // 15th (1 point) ahead of the rival (0) wins it; 16th ahead of an unclassified rival is level.
  expect(clinchClauses(table([rival(0, { winsTies: true })]), ['Sargent'])).toBe(
    'by finishing 15th or better and ahead of Sargent',
  )
})

test('ahead anywhere is enough, and a podium whatever the rival does', () => {
  // 6 ahead, same class: second (20 + 6) beats the rival's win (25) whatever; third (23) does
  // not; ahead of the rival anywhere is enough, each place scoring more than the next. Not
  // classified, the leader still wins it with the rival on 6 or less (tenth, level, or lower).
  expect(clinchClauses(table([rival(6)]), ['Sargent'])).toBe(
    'by finishing ahead of Sargent, or by finishing second or better whatever Sargent does, or with Sargent tenth or lower',
  )
})

test('a rival in another class may take any place: no "ahead of", and the best conditional row after the sure ones', () => {
  // 9 ahead of Martin, who can win his class whatever the leader does: 17 + 9 = 26 > 25 from
  // third; fourth (23) needs Martin second or lower (20); any result with Martin on 9 or less
  // (seventh, level: the leader wins ties).
  expect(clinchClauses(table([rival(9, { sameGroup: false })]), ['Martin'])).toBe(
    'by finishing third or better whatever Martin does, or by finishing fourth with Martin second or lower, or with Martin seventh or lower',
  )
  // One rival in the class and one in another: "ahead of" cannot speak for both.
  expect(
    clinchClauses(table([rival(9), rival(9, { sameGroup: false })]), ['Sargent', 'Martin']),
  ).toBe(
    'by finishing third or better whatever Sargent and Martin do, or by finishing fourth with Sargent second or lower and Martin second or lower, or with Sargent seventh or lower and Martin seventh or lower',
  )
})

test('with the pole and the fastest lap: each bonus set says its own worst place, where it is worse than a smaller set allows', () => {
  // 6 ahead, pole 2 and fastest lap 1: the rival can take 28 and the leader wins ties. Sure:
  // a win (31), second with the pole (28) or with both (29); second with the fastest lap alone
  // is 27, no better than a plain win says, and both bonuses say no more than the pole. Any
  // result with the rival on 6 or less: tenth (6), 11th with the lap, 12th with the pole, 13th both.
  const sentence = clinchClauses(table([rival(6, { sameGroup: false })], race(2, 1)), ['Sargent'])
  expect(sentence).toBe(
    'by winning, or finishing second or better with the pole whatever Sargent does, or by finishing second with Sargent anywhere (second or lower with the pole), or with Sargent tenth or lower (11th or lower with the fastest lap; 12th or lower with the pole; 13th or lower with the pole and the fastest lap)',
  )
})

test('no result that clinches whatever: the margin to outscore the rival by, exactly', () => {
  // Level with Martin (another class), who wins ties: every row asks Martin to score less.
  const martin = rival(0, { sameGroup: false, winsTies: true })
  expect(clinchClauses(table([martin]), ['Martin'])).toBe('by outscoring Martin by 1 point')
  // Sargent, 20 behind in the class, matters only while the leader scores under 5 (11th).
  expect(clinchClauses(table([martin, rival(20)]), ['Martin', 'Sargent'])).toBe(
    'by scoring 5 points or more and outscoring Martin by 1 point',
  )
})

test('bug: a table in which nothing clinches said "by outscoring Sargent by 26 points" (more than a race gives); it says nothing', () => {
  const never: RivalLimit = { kind: 'alive', places: [], maxPoints: -1, minStopping: 0 }
  const rows = raceOutcomes(rules, race(), PLACES).map((leader): PermutationRow => ({
    leader,
    clinches: 'never',
    limits: [never],
  }))
  expect(clinchClauses({ rows, by: 'place', race: race() }, ['Sargent'])).toBe('')
})

/** A hand-made limit: the rival's best place (no bonus) or, for teams, its most points. */
const atMost = (maxPoints: number, minStopping: number, from?: number): RivalLimit => ({
  kind: 'at-most',
  places: from === undefined ? [] : [{ set: NONE, from, unplaced: true } satisfies PlaceLimit],
  maxPoints,
  minStopping,
})
const NONE = { pole: false, fastestLap: false }
const ALIVE: RivalLimit = { kind: 'alive', places: [], maxPoints: -1, minStopping: 0 }
const ANY: RivalLimit = { kind: 'any', places: [], maxPoints: 25, minStopping: Infinity }
const teamRow = (points: number, limit: RivalLimit): PermutationRow => ({
  leader: { place: null, ...NONE, points },
  clinches: verdictOf([limit]),
  limits: [limit],
})
const teams = (rows: ReadonlyArray<PermutationRow>) => ({
  rows,
  by: 'points' as const,
  race: race(),
})

test('published: 2018 Mexico — a team by points: outscore Ferrari by 20; a sure total first; a row when the margin is not exact', () => {
  // 43 points with Ferrari on 23 or fewer, 30 with Ferrari on 10 or fewer, 19 never.
  const mexico = [teamRow(43, atMost(23, 24)), teamRow(30, atMost(10, 11)), teamRow(19, ALIVE)]
  expect(clinchClauses(teams(mexico), ['Ferrari'])).toBe('by outscoring Ferrari by 20 points')
  expect(clinchClauses(teams([teamRow(50, ANY), ...mexico]), ['Ferrari'])).toBe(
    'by scoring 50 points or more whatever Ferrari does',
  )
  // Ferrari may score 12 beside the leader's 30: more than outscoring by 20 allows.
  const inexact = [teamRow(43, atMost(20, 24)), teamRow(30, atMost(12, 13)), teamRow(19, ALIVE)]
  expect(clinchClauses(teams(inexact), ['Ferrari'])).toBe(
    'by scoring 43 points with Ferrari scoring 20 points or fewer',
  )
})

test('a driver yet to race who keeps the title open by starting: "with no driver yet to race starting"', () => {
  const absent: RivalLimit = { ...ALIVE, kind: 'absent' }
  const rows = raceOutcomes(rules, race(), PLACES).map((leader): PermutationRow => {
    const limits = leader.place === 1 ? [atMost(17, 20, 3), absent] : [ALIVE, absent]
    return { leader, clinches: verdictOf(limits), limits }
  })
  expect(
    clinchClauses({ rows, by: 'place', race: race() }, ['Sargent', 'a driver yet to race']),
  ).toBe('by winning with Sargent third or lower and no driver yet to race starting')
})

/*
 * The result after the win is said only where it asks the rivals less than the any-result clause
 * does ("with Sargent sixth or lower"): there the leader's own result matters. Hand-made rows:
 * the win clinches whatever happens, second place with `second`, anything else with `rest`.
 */
const POLE = { pole: true, fastestLap: false }
const from = (...places: ReadonlyArray<PlaceLimit>): RivalLimit => ({
  kind: 'at-most',
  places,
  maxPoints: 20,
  minStopping: 0,
})
const place = (at: number | null, set = NONE): PlaceLimit => ({ set, from: at, unplaced: true })
const upTo = (maxPoints: number): RivalLimit => ({ ...from(), maxPoints })

function winSecondRest(
  second: ReadonlyArray<RivalLimit>,
  rest: ReadonlyArray<RivalLimit>,
  pole = 0,
): string {
  const last = race(pole)
  const rows = raceOutcomes(rules, last, PLACES).map((leader): PermutationRow => {
    const limits =
      leader.place === 1
        ? second.map(() => ANY)
        : leader.place === 2 && !leader.pole
          ? second
          : rest
    return { leader, clinches: verdictOf(limits), limits }
  })
  const sameGroup = second.map(() => false)
  const names = ['Sargent', 'Hartog'].slice(0, second.length)
  return clinchClauses({ rows, by: 'place', race: last, places: PLACES, sameGroup }, names)
}

const SURE = 'by winning whatever Sargent does'
const SECOND = 'by finishing second with Sargent'

test('second place is said where it asks less than any result: a better place, a rival left free, more points', () => {
  expect(winSecondRest([from(place(3))], [from(place(3))])).toBe(
    `${SURE}, or with Sargent third or lower`,
  )
  expect(winSecondRest([from(place(3))], [from(place(6))])).toBe(
    `${SURE}, or ${SECOND} third or lower, or with Sargent sixth or lower`,
  )
  // Two rivals: second place leaves Hartog free where any result asks him fifth or lower.
  const both = 'by winning whatever Sargent and Hartog do'
  expect(winSecondRest([from(place(3)), ANY], [from(place(3)), from(place(5))])).toBe(
    `${both}, or ${SECOND} third or lower, or with Sargent third or lower and Hartog fifth or lower`,
  )
  expect(winSecondRest([from(place(3)), from(place(5))], [from(place(3)), ANY])).toBe(
    `${both}, or with Sargent third or lower`,
  )
  // Limits by points alone.
  expect(winSecondRest([upTo(10)], [upTo(5)])).toBe(
    `${SURE}, or ${SECOND} scoring 10 points or fewer, or with Sargent scoring 5 points or fewer`,
  )
  expect(winSecondRest([upTo(5)], [upTo(10)])).toBe(
    `${SURE}, or with Sargent scoring 10 points or fewer`,
  )
})

test('second place is said where it lets a rival take the pole that any result does not', () => {
  const withPole = '(eighth or lower with the pole)'
  // Any result: Sargent sixth or lower, never with the pole; second place: with it, eighth or lower.
  expect(winSecondRest([from(place(6), place(8, POLE))], [from(place(6))], 2)).toBe(
    `${SURE}, or ${SECOND} sixth or lower ${withPole}, or with Sargent sixth or lower`,
  )
  // Nothing with the pole in either: the same.
  const noPole = { set: POLE, from: null, unplaced: false }
  expect(winSecondRest([from(place(6), noPole)], [from(place(6))], 2)).toBe(
    `${SURE}, or with Sargent sixth or lower`,
  )
  // Not classified, with the pole: more than any result allows.
  expect(winSecondRest([from(place(6), place(null, POLE))], [from(place(6))], 2)).toBe(
    `${SURE}, or ${SECOND} sixth or lower (not classified with the pole), or with Sargent sixth or lower`,
  )
  expect(
    winSecondRest([from(place(6), place(8, POLE))], [from(place(6), place(10, POLE))], 2),
  ).toBe(
    `${SURE}, or ${SECOND} sixth or lower ${withPole}, or with Sargent sixth or lower (tenth or lower with the pole)`,
  )
  expect(
    winSecondRest([from(place(6), place(10, POLE))], [from(place(6), place(8, POLE))], 2),
  ).toBe(`${SURE}, or with Sargent sixth or lower ${withPole}`)
})

/*
 * The two tests the clauses are built on, against their meaning worked out result by result
 * (a brute-force oracle): every result a limit lets a rival take (rival-limit.ts), over limits
 * the engine gives for races with and without the bonuses, the fastest lap in the top ten or
 * for classified cars only.
 */
const RACES = [
  race(),
  race(2, 1),
  race(0, 1),
  remainingRace({ pole: 1, fastestLap: 1, fastestLapMaxPosition: 10, requireClassified: true }),
]

/** Every any or at-most limit the engine gives in `last` against the leader's results. */
function limitsIn(last: RemainingRace): ReadonlyArray<{ leader: RaceOutcome; limit: RivalLimit }> {
  return raceOutcomes(rules, last, PLACES).flatMap((leader) =>
    [0, 3, 8, 15, 26].flatMap((behind) =>
      [true, false].flatMap((sameGroup) =>
        // Level on points the rival takes the title never, always, or when it is classified
        // (a place on its countback record).
        (['never', 'always', 'placed'] as const).flatMap((ties) => {
          const limit = rivalLimit(rules, last, PLACES, leader, sameGroup, (outcome) => {
            const margin = leader.points + behind - outcome.points
            const rivalWins = ties === 'always' || (ties === 'placed' && outcome.place !== null)
            return margin > 0 || (margin === 0 && !rivalWins)
          })
          return limit.kind === 'any' || limit.kind === 'at-most' ? [{ leader, limit }] : []
        }),
      ),
    ),
  )
}

test('allowsNoMore: a limit allows no more than another exactly when every result it lets a rival take, the other lets it take too', () => {
  let checked = 0
  for (const last of RACES) {
    const outcomes = raceOutcomes(rules, last, PLACES)
    const limits = [
      ...new Map(limitsIn(last).map(({ limit }) => [JSON.stringify(limit), limit])).values(),
    ]
    for (const a of limits)
      for (const b of limits) {
        const truth = outcomes.every((o) => !withinLimit(a, o, false) || withinLimit(b, o, false))
        expect(allowsNoMore(a, b), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).toBe(truth)
        checked += 1
      }
  }
  expect(checked).toBeGreaterThan(1000)
  // Kinds apart from at-most: only the same kind, or a limit that lets anything.
  const absent: RivalLimit = { ...ALIVE, kind: 'absent' }
  expect(allowsNoMore(absent, absent)).toBe(true)
  expect(allowsNoMore(absent, upTo(20))).toBe(false)
  expect(allowsNoMore(ALIVE, absent)).toBe(false)
  expect(allowsNoMore(upTo(5), ANY)).toBe(true)
  // By points: no more points.
  expect(allowsNoMore(upTo(10), upTo(10))).toBe(true)
  expect(allowsNoMore(upTo(11), upTo(10))).toBe(false)
})

test('aheadIsEnough: the leader at a place clinches when every rival result behind it is let, with the bonuses it can score there', () => {
  let said = 0
  for (const last of RACES)
    for (const rivals of [[rival(6)], [rival(0, { winsTies: true })], [rival(12), rival(3)]]) {
      const { rows } = table(rivals, last)
      const outcomes = raceOutcomes(rules, last, PLACES)
      for (const r of rows) {
        const at = r.leader.place
        if (at === null || r.leader.pole || r.leader.fastestLap) continue
        const behind = outcomes.filter((o) => o.place === null || o.place > at)
        const truth =
          r.clinches !== 'never' &&
          r.limits.every((l) => behind.every((o) => withinLimit(l, o, false)))
        expect(aheadIsEnough(r, at, last), `${at} of ${JSON.stringify(r.limits)}`).toBe(truth)
        if (truth) said += 1
      }
    }
  expect(said).toBeGreaterThan(20)
  expect(aheadIsEnough(undefined, 1, race())).toBe(false)
})
