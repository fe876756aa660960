import { expect, test } from 'vitest'
import { scenarioRules } from '../../fixtures/scenario-rules.ts'
import { exactPassers } from '../../../src/engine/scenarios/exact-passers.ts'
import type { RemainingRace } from '../../../src/engine/scenarios/remaining-races.ts'
import type { Contender, Standing } from '../../../src/engine/scenarios/scenario-rules.ts'
import type { EntryField } from '../../../src/engine/scenarios/scenario-tally.ts'
import { remainingRace } from '../../fixtures/remaining-race.ts'

/*
 * The exhaustive search behind an exact worst position (docs/scoring-rules.md#scenarios): the
 * most of a group of contenders that can finish ahead of one target together. Every answer is
 * worked by hand over races of two prizes (25, 20) unless a case says otherwise.
 */
const PRIZES = [25, 20]
const race = (over: Partial<RemainingRace> = {}) =>
  remainingRace({ prizes: PRIZES, pole: 0, fastestLap: 0, ...over })

const rules = scenarioRules

/** A contender with `total` points so far and `places` won so far (places[p]: times p-th). */
const member = (
  total: number,
  cls = 'pro',
  places: ReadonlyArray<number> = [],
  field: EntryField = { kind: 'cars', classes: [cls] },
): Contender => {
  const standing = { points: total, places }
  return {
    tally: { id: cls, name: cls, entry: 0, total, toCome: 0, lowest: [], places, field },
    min: standing,
    max: standing,
  }
}
const target = (points: number, places: ReadonlyArray<number> = []): Standing => ({
  points,
  places,
})
const LIMIT = 20_000

test('one race, two places: only the winner reaches a target the runner-up cannot', () => {
  // 10 + 25 = 35 beats 30; 8 + 20 = 28 does not, and both cannot win.
  expect(exactPassers([member(10), member(8)], target(30), rules([race()]), 'pro', LIMIT)).toBe(1)
  // 12 + 20 = 32: the runner-up passes too.
  expect(exactPassers([member(10), member(12)], target(30), rules([race()]), 'pro', LIMIT)).toBe(2)
})

test('level on points is not ahead without countback', () => {
  // 10 + 20 = 30 ties the target; the other wins: one ahead.
  expect(exactPassers([member(10), member(10)], target(30), rules([race()]), 'pro', LIMIT)).toBe(1)
})

test('the pole and the fastest lap go to one member each and lift the runner-up past', () => {
  const bonuses = race({ pole: 2, fastestLap: 1 })
  // Either may win (34 or more); second with both bonuses takes 9 + 20 + 2 + 1 = 32 > 30.
  expect(exactPassers([member(9), member(9)], target(30), rules([bonuses]), 'pro', LIMIT)).toBe(2)
  // From 7, second with both bonuses ties at 30: one.
  expect(exactPassers([member(7), member(7)], target(30), rules([bonuses]), 'pro', LIMIT)).toBe(1)
  // From 8: the pole alone makes 8 + 20 + 2 = 30, a tie; with the lap as well 31 passes.
  const pole = race({ pole: 2 })
  expect(exactPassers([member(8), member(8)], target(30), rules([pole]), 'pro', LIMIT)).toBe(1)
  expect(exactPassers([member(8), member(8)], target(30), rules([bonuses]), 'pro', LIMIT)).toBe(2)
})

test('a fastest lap that counts only for the winner cannot lift the runner-up', () => {
  const lapForWinner = race({ pole: 2, fastestLap: 1, fastestLapMaxPosition: 1 })
  // Second takes 20 + 2 = 22: 8 + 22 = 30 ties. Counted down to second it would be 31.
  expect(
    exactPassers([member(8), member(8)], target(30), rules([lapForWinner]), 'pro', LIMIT),
  ).toBe(1)
  const lapForTwo = race({ pole: 2, fastestLap: 1, fastestLapMaxPosition: 2 })
  expect(exactPassers([member(8), member(8)], target(30), rules([lapForTwo]), 'pro', LIMIT)).toBe(2)
})

test('teams ranked by their best car take no bonuses', () => {
  const bonuses = race({ pole: 2, fastestLap: 1 })
  const rank = rules([bonuses], { method: 'rank' })
  // 9 + 20 = 29 at best for the second: one (two for drivers, above).
  expect(exactPassers([member(9), member(9)], target(30), rank, '*', LIMIT)).toBe(1)
})

test('members of two classes each win their own class; overall only one wins', () => {
  const byClass = rules([race()])
  expect(exactPassers([member(10, 'pro'), member(8, 'am')], target(30), byClass, '', LIMIT)).toBe(2)
  const overall = rules([race({ awardBy: 'overall' })])
  expect(exactPassers([member(10, 'pro'), member(8, 'am')], target(30), overall, '', LIMIT)).toBe(1)
})

test('a driver yet to race takes the class of the table, or the first class of the championship', () => {
  const free = (total: number) => member(total, 'pro', [], { kind: 'free' })
  // In the Am table the newcomer races in Am, apart from the Pro member: both win.
  expect(exactPassers([member(10, 'pro'), free(8)], target(30), rules([race()]), 'am', LIMIT)).toBe(
    2,
  )
  // In the table of every class it races in the first class (Pro): one.
  expect(exactPassers([member(10, 'pro'), free(8)], target(30), rules([race()]), '*', LIMIT)).toBe(
    1,
  )
})

test('an entry with no car left takes no place and scores nothing more', () => {
  const gone = member(29, 'pro', [], { kind: 'none' })
  expect(exactPassers([member(10), gone], target(30), rules([race()]), 'pro', LIMIT)).toBe(1)
  // Alone it passes nobody: 29 stays under 30.
  expect(exactPassers([gone], target(30), rules([race()]), 'pro', LIMIT)).toBe(0)
})

test('countback: a level member ahead on wins passes, but only where the race counts places', () => {
  // The target has 30 and one win. A member with 5 and a win so far wins again: 30, two wins.
  const won = [0, 1]
  const counted = rules([race()], { countback: Infinity })
  expect(exactPassers([member(5, 'pro', won)], target(30, won), counted, 'pro', LIMIT)).toBe(1)
  const uncounted = rules([race({ countsForCountback: false })], { countback: Infinity })
  expect(exactPassers([member(5, 'pro', won)], target(30, won), uncounted, 'pro', LIMIT)).toBe(0)
})

test('two races: places are counted once per outcome and taken back after it', () => {
  // Both start on 0; the target has 45 from a win and a second. Splitting the races ties both
  // with it on points and places; one member winning both reaches 50 and the other 40: one.
  const twoRaces = rules([race(), race()], { countback: Infinity })
  expect(exactPassers([member(0), member(0)], target(45, [0, 1, 1]), twoRaces, 'pro', LIMIT)).toBe(
    1,
  )
  // Against 44 points, a split puts both ahead.
  expect(exactPassers([member(0), member(0)], target(44, [0, 1, 1]), twoRaces, 'pro', LIMIT)).toBe(
    2,
  )
})

test('no answer for teams adding cars up, or past the limit of outcomes', () => {
  expect(
    exactPassers([member(10)], target(30), rules([race()], { method: 'sum' }), 'pro', LIMIT),
  ).toBeNull()
  // Three members with bonuses: at most 3!·3² = 54 ways a race; 54² = 2,916 for two races. All
  // three pass 30 (25 + 17, 20 + 20, 17 + 25 on 1, 2 and 3).
  const bonuses = race({ prizes: [25, 20, 17], pole: 2, fastestLap: 1 })
  const three = [member(1), member(2), member(3)]
  const two = rules([bonuses, bonuses])
  expect(exactPassers(three, target(30), two, 'pro', 2_915)).toBeNull()
  expect(exactPassers(three, target(30), two, 'pro', 2_916)).toBe(3)
})

test('every way the first race can go is tried, not only the first: here the second member must win it', () => {
  // Race 1 pays 25-2, race 2 10-9. Against 30, the member on 0 needs the first race's win (25 +
  // 10 or 9); the member on 20 then takes 2 + 9 or 10 + 20 = 31 or 32: both pass. With the first
  // member winning race 1 (the first order tried), the other reaches 12 at most: one.
  const first = race({ prizes: [25, 2] })
  const second = race({ prizes: [10, 9] })
  expect(
    exactPassers([member(20), member(0)], target(30), rules([first, second]), 'pro', LIMIT),
  ).toBe(2)
})

test('places in two classes both count for countback', () => {
  // Each member wins its class; with a win so far each is level with the target on points
  // (30) and ahead on wins only if its own win is counted: both pass.
  const won = [0, 1]
  const counted = rules([race()], { countback: Infinity })
  expect(
    exactPassers(
      [member(5, 'pro', won), member(5, 'am', won)],
      target(30, won),
      counted,
      '',
      LIMIT,
    ),
  ).toBe(2)
})
