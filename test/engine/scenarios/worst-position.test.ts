import { expect, test } from 'vitest'
import { scenarioRules } from '../../fixtures/scenario-rules.ts'
import type { Contender, Standing } from '../../../src/engine/scenarios/scenario-rules.ts'
import type { EntryField } from '../../../src/engine/scenarios/scenario-tally.ts'
import { capacityOf } from '../../../src/engine/scenarios/capacity.ts'
import {
  floorBelow,
  sameWorst,
  worstFloor,
  worstPosition,
} from '../../../src/engine/scenarios/worst-position.ts'
import { remainingRace } from '../../fixtures/remaining-race.ts'
import { championshipScenarios } from '../../../src/engine/scenarios/scenarios.ts'
import { computeSeasonStandings } from '../../../src/engine/scoring/season-standings.ts'
import { smallCase } from '../../fixtures/small-season.ts'

/*
 * The worst final position by hand (docs/scoring-rules.md#scenarios): the worst position of a
 * target over a few hand-built rivals, the floor the entry above gives, and the gate of larger
 * seasons (the capacity it counts with: capacity.test.ts).
 */
const rules = scenarioRules
const CCNA = remainingRace()

/** A contender in Pro with `min` points now and `max` at best. */
const rival = (
  min: number,
  max: number,
  field: EntryField = { kind: 'cars', classes: ['pro'] },
): Contender => ({
  tally: {
    id: `${min}-${max}`,
    name: '',
    entry: 0,
    total: min,
    toCome: 0,
    lowest: [],
    places: [],
    field,
  },
  min: { points: min, places: [] },
  max: { points: max, places: [] },
})
const target = (points: number): Standing => ({ points, places: [] })

test('worst position: those already ahead, then the most of the rest that can pass together', () => {
  const rulesOne = rules([CCNA])
  const capacity = capacityOf(rulesOne, 1, 2)
  // 31 is ahead already; 0 cannot pass (28 at most). 8 needs 23 (second with both bonuses, or
  // the win) and 4 needs 27 (the win and the pole): one race cannot give both.
  const others = [rival(31, 59), rival(8, 36), rival(4, 32), rival(0, 28)]
  expect(worstPosition(target(30), others, [], rulesOne, capacity)).toMatchObject({
    position: 3,
    exact: true,
  })
  // At 29 both pass: 4 + 25 + 1 and 8 + 20 + 2.
  expect(worstPosition(target(29), others, [], rulesOne, capacity)).toMatchObject({
    position: 4,
    exact: true,
  })
  // Nobody able to pass: only those already ahead.
  expect(worstPosition(target(60), others, [], rulesOne, capacity)).toMatchObject({
    position: 1,
    exact: true,
  })
})

test('a class apiece in a race by class, one race overall: both pass (bug: the bound counted one ladder and called the target 2nd, exact)', () => {
  // Two classes count; one race awards 10-6 overall, one 10-6 by class. Against 100 with no
  // countback, Pro on 82 needs 19 and Am on 85 needs 16: Pro wins overall and its class (20),
  // Am is second overall and wins its class (16). One ladder for the race by class held 32
  // points for two against the 35 they need, and said only one could pass.
  const race = { prizes: [10, 6], pole: 0, fastestLap: 0 }
  const mixed = rules([
    remainingRace({ ...race, awardBy: 'overall' }),
    remainingRace({ ...race, awardBy: 'class' }),
  ])
  const others = [
    rival(82, 105, { kind: 'cars', classes: ['pro'] }),
    rival(85, 105, { kind: 'cars', classes: ['am'] }),
  ]
  expect(worstPosition(target(100), others, [], mixed, capacityOf(mixed, 1, 2))).toMatchObject({
    position: 3,
    exact: true,
  })
})

test('worst position: a driver yet to race joins whichever class it can still pass in', () => {
  const rulesOne = rules([CCNA])
  const capacity = capacityOf(rulesOne, 1, 2)
  // The Pro rival on 5 needs 23 (the win, or second with both bonuses); a newcomer needs 28,
  // the win with both bonuses: in Pro only one of them can, so the newcomer races Am.
  const newcomer = rival(0, 28, { kind: 'free' })
  expect(worstPosition(target(27), [rival(5, 33)], [newcomer], rulesOne, capacity)).toMatchObject({
    position: 3,
    exact: true,
  })
  // A second newcomer has no class left to win in with both bonuses.
  expect(
    worstPosition(target(27), [rival(5, 33)], [newcomer, newcomer], rulesOne, capacity),
  ).toMatchObject({ position: 3, exact: true })
  // With the Pro rival on 10 (second is enough), a newcomer takes each class's win: all pass.
  expect(
    worstPosition(target(27), [rival(10, 38)], [newcomer, newcomer], rulesOne, capacity),
  ).toMatchObject({ position: 4, exact: true })
})

test('worst position: where the relaxation shares places too finely, trying every outcome settles it', () => {
  // One race without bonuses, against 17: three drivers on 0 each need 20 (the least total past
  // 17). Shared as finely as wished, 60 fits in 25 + 20 + 17 = 62; whole places give two of them
  // 20 or more, the third 17. The witness cannot find three; every outcome of the race says two.
  const plain = rules([remainingRace({ pole: 0, fastestLap: 0 })])
  const three = [rival(0, 25), rival(0, 25), rival(0, 25)]
  expect(worstPosition(target(17), three, [], plain, capacityOf(plain, 1, 2))).toMatchObject({
    position: 3,
    exact: true,
  })
})

test('worst position: classes apart each hand out a win, places overall only one', () => {
  // Against 24, a Pro and an Am driver on 0 each need 25: a win (second with both bonuses is 23).
  const pair = [rival(0, 28), rival(0, 28, { kind: 'cars', classes: ['am'] })]
  const byClass = rules([CCNA])
  expect(worstPosition(target(24), pair, [], byClass, capacityOf(byClass, 1, 2))).toMatchObject({
    position: 3,
    exact: true,
  })
  const overall = rules([remainingRace({ awardBy: 'overall' })])
  expect(worstPosition(target(24), pair, [], overall, capacityOf(overall, 1, 2))).toMatchObject({
    position: 2,
    exact: true,
  })
})

test('worst position: level on points passes where countback counts and a win would beat the record', () => {
  // One race without bonuses, against 20 with no top places: two drivers on 0, one wins (25),
  // the other is second, level on 20 and ahead on countback. Without countback level is not
  // ahead: only the winner passes.
  const plain = remainingRace({ pole: 0, fastestLap: 0 })
  const driver: Contender = { ...rival(0, 25), max: { points: 25, places: [0, 1] } }
  const counted = rules([plain], { countback: Infinity })
  expect(
    worstPosition(target(20), [driver, driver], [], counted, capacityOf(counted, 1, 2)),
  ).toMatchObject({ position: 3, exact: true })
  const without = rules([plain])
  expect(
    worstPosition(target(20), [driver, driver], [], without, capacityOf(without, 1, 2)),
  ).toMatchObject({ position: 2, exact: true })
})

test('bug: 1950 after Britain, Farina 18th at worst as a bound — level on 9 was counted as enough, though 9 points never come with a better record than his win', () => {
  // Two races of 1950 (8-6-4-3-2, a point for the fastest lap), countback over five places.
  // Against 9 points and a win: 9 more come as a win and the fastest lap at best (one win,
  // level), so each driver on 0 needs 10. Four reach it (8 + 2, 6 + 4, 4 + 6, 2 + 8); a fifth
  // would need 10 of the 8 left. Counting 9 as enough said five, a bound.
  const race1950 = remainingRace({ prizes: [8, 6, 4, 3, 2], pole: 0, fastestLap: 1 })
  const five = rules([race1950, race1950], { countback: 5 })
  const farina: Standing = { points: 9, places: [0, 1] }
  const zero: Contender = { ...rival(0, 18), max: { points: 18, places: [0, 2] } }
  const field = [zero, zero, zero, zero, zero]
  expect(worstPosition(farina, field, [], five, capacityOf(five, 1, 1))).toMatchObject({
    position: 5,
    exact: true,
  })
  // Where countback reads every place, a sixth place beside the win and the fastest lap is
  // ahead of a lone win: 9 is enough there, and the relaxation says so.
  const every = rules([race1950, race1950], { countback: Infinity })
  expect(capacityOf(every, 1, 1).levelAhead([], farina, 9)).toBe(true)
  expect(capacityOf(five, 1, 1).levelAhead([], farina, 9)).toBe(false)
  // A total no result gives (8.5) and a need already met are no question of level.
  expect(capacityOf(five, 1, 1).levelAhead([], farina, 8.5)).toBe(false)
  expect(capacityOf(five, 1, 1).levelAhead([], farina, 0)).toBe(true)
})

test('the entry ahead is a floor: it falls as far, the target with it, one place less when level', () => {
  const worst = { position: 7, exact: true }
  // Strictly ahead now (more points, or level and a better record where countback counts): the
  // six who pass it pass the target too, or the target was one of them and it passes instead.
  expect(worstFloor(target(10), worst, target(9), 0)).toBe(7)
  const withWin: Standing = { points: 9, places: [0, 1] }
  expect(worstFloor(withWin, worst, target(9), 3)).toBe(7)
  // Level in every way it is not ahead itself: one place less.
  expect(worstFloor(withWin, worst, withWin, 3)).toBe(6)
  expect(worstFloor(target(9), worst, target(9), 0)).toBe(6)
  // Level on points with the better record where countback is not used: level.
  expect(worstFloor(withWin, worst, target(9), 0)).toBe(6)
  // Behind the target once drops are counted (`min` orders otherwise than the table), or a
  // bound: nothing is known.
  expect(worstFloor(target(8), worst, target(9), 0)).toBe(0)
  expect(worstFloor(target(10), { position: 7, exact: false }, target(9), 0)).toBe(0)
})

test('the floor is one place lower when the target is not among those who pass the entry above', () => {
  const above = rival(10, 35)
  const own = rival(9, 34)
  const other = rival(5, 30)
  // Above falls to 3rd, passed by `other` and one more: in those results, with the target's
  // dropped, both still finish ahead of it, and so does `above` (more points): 4th at least.
  const third = { position: 3, exact: true, passers: [other, rival(6, 31)] }
  expect(floorBelow(above, third, own, 0).position).toBe(4)
  expect(floorBelow(above, third, own, 0).passers).toHaveLength(3)
  // The target was one of the two: it scores nothing now, so one fewer passes; 3rd, as before.
  const withOwn = { ...third, passers: [other, own] }
  expect(floorBelow(above, withOwn, own, 0)).toEqual({ position: 3, passers: [other, above] })
  // Level with the target (not ahead of it): those who passed, without the target; one place
  // less than the entry above, or the same place when the target was not one of them.
  const level = rival(9, 34)
  expect(floorBelow(level, withOwn, own, 0)).toEqual({ position: 2, passers: [other] })
  expect(floorBelow(level, third, own, 0).position).toBe(3)
  // Not known who passes, or a bound: worstFloor's answer, and nobody named.
  expect(floorBelow(above, { ...third, passers: null }, own, 0)).toEqual({
    position: 3,
    passers: null,
  })
  expect(floorBelow(above, { ...third, exact: false }, own, 0)).toEqual({
    position: 0,
    passers: null,
  })
  // An entry level in every way with the one above: the same worst case, the two swapped.
  expect(sameWorst(above, withOwn, own)).toEqual({
    position: 3,
    exact: true,
    passers: [other, above],
  })
})

test('worst position names who passes when a witness settles it, and keeps the names of a floor it reaches', () => {
  const rulesOne = rules([CCNA])
  const capacity = capacityOf(rulesOne, 1, 2)
  const leader = rival(31, 59)
  const eight = rival(8, 36)
  const four = rival(4, 32)
  const others = [leader, eight, four, rival(0, 28)]
  // Against 29 the leader is ahead already, and the 8 and the 4 pass together.
  const found = worstPosition(target(29), others, [], rulesOne, capacity)
  expect(found).toEqual({ position: 4, exact: true, passers: [leader, eight, four] })
  // A floor the relaxation reaches: its names are kept.
  const named = [leader, four, eight]
  expect(worstPosition(target(29), others, [], rulesOne, capacity, 4, named).passers).toBe(named)
  // Settled by trying every outcome (no witness): nobody named.
  const plain = rules([remainingRace({ pole: 0, fastestLap: 0 })])
  const three = [rival(0, 25), rival(0, 25), rival(0, 25)]
  expect(worstPosition(target(17), three, [], plain, capacityOf(plain, 1, 2))).toEqual({
    position: 3,
    exact: true,
    passers: null,
  })
})

test('worst position: a floor the relaxation reaches settles it; a lower one changes nothing', () => {
  const rulesOne = rules([CCNA])
  const capacity = capacityOf(rulesOne, 1, 2)
  const others = [rival(31, 59), rival(8, 36), rival(4, 32), rival(0, 28)]
  // Against 29 both the 8 and the 4 pass (4th); a floor of 4 says so at once, lower floors are
  // no news, and the answer is the same.
  for (const known of [0, 2, 3, 4])
    expect(worstPosition(target(29), others, [], rulesOne, capacity, known)).toMatchObject({
      position: 4,
      exact: true,
    })
  // Where the witness cannot settle it, a floor below the relaxation leaves it a bound.
  const plain = rules([remainingRace({ pole: 0, fastestLap: 0 })])
  const four = [rival(0, 25), rival(0, 25), rival(0, 25), rival(0, 25)]
  const free = [rival(0, 25, { kind: 'free' })]
  const bound = worstPosition(target(17), four, free, plain, capacityOf(plain, 1, 2), 2)
  expect(bound.exact).toBe(false)
})

test('bug: every driver that passes takes a result that pays or that countback reads — eight on 0, three paying places', () => {
  // One race paying 3-2-1, no bonus, countback over the first three places: against 0 with no
  // top-three finish, each driver on 0 needs a point, so a place in the top three. Shared as
  // finely as wished, the 6 points would carry six of them; three places carry three. The
  // relaxation said six, a bound (7th; too many drivers to try every outcome); three is what
  // can happen, exact. Three such races: nine, not eighteen, of twenty.
  const race = remainingRace({ prizes: [3, 2, 1], pole: 0, fastestLap: 0 })
  const three = rules([race], { countback: 3 })
  const capacity = capacityOf(three, 1, 2)
  expect(capacity.results).toBe(3)
  const eight = Array.from({ length: 8 }, () => rival(0, 3))
  expect(worstPosition(target(0), eight, [], three, capacity)).toMatchObject({
    position: 4,
    exact: true,
  })
  const season = rules([race, race, race], { countback: 3 })
  const twenty = Array.from({ length: 20 }, () => rival(0, 9))
  expect(worstPosition(target(0), twenty, [], season, capacityOf(season, 1, 2))).toMatchObject({
    position: 10,
    exact: true,
  })
  // Where countback reads every place, any finish can put a driver level on 0 ahead: no limit.
  expect(capacityOf(rules([race], { countback: Infinity }), 1, 2).results).toBe(Infinity)
  // Countback deeper than the points (five places), and the bonuses: each is one result more.
  const bonuses = remainingRace({ prizes: [3, 2, 1, 0, 0], pole: 1, fastestLap: 1 })
  expect(capacityOf(rules([bonuses, bonuses], { countback: 5 }), 1, 2).results).toBe(14)
  // Without countback only what pays counts; teams adding cars up meet every class's ladder.
  expect(capacityOf(rules([bonuses]), 1, 2).results).toBe(5)
  expect(capacityOf(rules([bonuses], { method: 'sum' }), 2, 3).results).toBe(15)
  // Places overall: one ladder a race, whatever the classes.
  const overall = remainingRace({ prizes: [3, 2, 1], pole: 0, fastestLap: 0, awardBy: 'overall' })
  const one = rules([overall], { countback: 3 })
  expect(capacityOf(one, 1, 2).results).toBe(3)
  // A target below zero: a driver yet to race on 0 passes by starting, and needs none of them.
  const newcomer = rival(0, 3, { kind: 'free' })
  const four = [newcomer, newcomer, newcomer, newcomer]
  expect(worstPosition(target(-2), [], four, one, capacityOf(one, 1, 2))).toMatchObject({
    position: 5,
    exact: true,
  })
})

/*
 * The witnesses on larger fields (docs/testing.md#mutation): random seasons of 6 to 12 and of 10
 * to 20 drivers (small-season.ts), too many for the exact search, so that only a witness reaching
 * the relaxation's count makes a worst position exact. Which rows stay bounds is named, seed and
 * entry: a change that loses one more fails, one that wins a row back shortens the list. The
 * oracles check that every answer is true on small seasons; this checks that it stays as tight.
 */
const named = (list: string) => list.trim().split(/\s+/)
const LARGER = [
  {
    cars: [6, 12] as const,
    seasons: 500,
    rows: 2771,
    bounds: named(`
  5:d6 5:d11 5:d1 31:d6 31:d8 31:d1 38:d2 38:d4 59:d10 59:d1 63:t3 64:d1 68:d5 68:d6 70:d5
  70:d6 70:d10 73:d7 81:d5 81:d4 81:d2 91:d2 91:d6 114:d8 114:d10 114:d3 114:d5 114:d12 114:d7
  120:d6 126:d8 129:d6 129:d7 129:d5 129:d1 129:d3 133:d4 134:d3 134:d7 134:d6 134:d2 145:d9
  145:d4 156:d3 156:d2 161:t1 177:d12 177:d4 178:d1 178:d3 185:d1 185:d2 185:d3 185:d5 185:d6
  185:d7 185:d8 185:d9 185:d10 193:d6 193:d5 193:d10 193:d4 196:d5 198:d7 198:d6 198:d12 198:d8
  204:d3 204:d2 209:d4 221:d2 221:d8 223:t5 225:d9 228:d8 228:d2 230:d5 233:d2 245:d2 245:d1 250:d7
  260:d2 263:t2 264:d2 266:d1 268:d5 268:d7 283:t2 291:d7 291:d5 292:d2 292:d9 300:d7 300:d4
  300:d10 301:d7 301:d10 307:d1 307:d6 307:d9 321:d5 327:d4 332:d5 332:d8 354:d9 354:d10 354:d2
  354:d8 355:d3 356:d9 358:d6 360:d2 364:d4 364:d1 365:d4 375:d1 375:d3 393:d7 396:d5 401:d2
  404:t3 408:d4 408:d9 439:d7 439:d4 460:d3 476:d4 483:d3 483:d10 502:d1 502:d4 502:d8 522:d7
  522:d3 555:d1
`),
  },
  {
    cars: [10, 20] as const,
    seasons: 300,
    rows: 2680,
    bounds: named(`
  2:d6 4:d7 4:d10 4:d3 4:d5 9:d9 14:d8 14:d3 14:d7 14:d5 14:d13 14:d9 14:d19 14:d15 14:d14
  14:d11 14:d4 14:d1 23:d15 23:d7 23:d14 23:d3 28:d3 28:d5 34:t5 36:d1 36:d2 36:d5 37:d4 37:d9
  37:d10 42:d15 42:d13 42:d12 42:d10 42:d1 42:d7 48:d2 49:d4 49:d3 49:d15 50:d2 55:d5 57:d18
  57:d3 57:d12 57:d17 57:d19 57:d8 57:d6 57:d1 61:d12 61:d6 63:d2 63:d6 65:d5 65:d11 65:d2
  65:d14 66:t5 69:d16 69:d5 69:d17 69:d12 71:t1 71:t2 72:d8 72:d15 72:d1 78:d5 78:d8 78:d9
  78:d4 80:d12 80:d10 84:d8 84:d5 89:d10 90:d20 91:d8 93:d6 93:d9 96:d2 96:d12 96:d3 97:t2
  107:d2 107:d3 108:d4 110:d11 110:d1 110:d9 110:d15 112:t3 114:d4 116:d9 118:d6 118:d9 118:d7
  118:d10 121:d7 121:d10 133:d2 133:d11 139:t1 140:d13 140:d14 140:d5 141:d1 141:d8 143:d5
  143:d8 143:d4 144:d16 144:d2 144:d12 145:d8 145:d6 145:d11 147:d12 151:d1 153:d1 153:d9 163:d11 163:d14
  163:d20 163:d2 163:d5 163:d9 163:d3 163:d10 163:d15 163:d19 163:d1 163:d4 163:d6 163:d7
  163:d8 163:d12 163:d13 163:d17 163:d18 167:d1 167:d10 171:d3 171:d9 171:d12 171:d1 171:d13
  171:d2 172:d7 172:d11 180:d8 180:d3 180:d4 180:d6 185:d15 185:d7 185:d5 185:d12 185:d4 185:d1
  190:d12 190:d8 191:t2 194:d7 196:t2 202:d9 202:d13 205:t2 210:d13 210:d10 214:d8 217:d6
  217:d15 217:d3 217:d5 218:d3 218:d2 218:d5 218:d6 221:d14 221:d7 221:d9 224:d14 224:d7
  224:d11 224:d18 226:d10 226:d16 227:d10 227:d6 227:d11 227:d14 227:d1 227:d7 227:d8 227:d15
  228:d3 228:d15 228:d18 231:d6 231:d12 231:d14 231:d2 235:d9 235:d6 235:d12 235:d5 235:d19
  235:d14 235:d18 235:d20 235:d16 237:d8 237:d17 238:d8 238:d11 239:d4 239:d8 239:d6 243:d10
  249:d6 249:d10 249:d8 250:d11 250:d12 250:d8 256:t2 258:d14 259:d4 259:d13 259:d15 259:d7
  259:d14 262:d8 262:d19 262:d6 262:d13 262:d5 262:d3 263:d6 263:d5 263:d13 264:d13 264:d8
  264:d2 264:d17 264:d5 264:d7 264:d1 264:d4 264:d3 264:d14 267:d13 267:d1 267:d10 267:d6
  267:d5 267:d9 272:d5 272:d6 272:d1 272:d2 275:d17 275:d8 275:d2 275:d9 275:d15 276:d4 276:d12
  276:d9 276:d3 276:d11 284:d1 284:d12 284:d10 286:d11 286:d4 286:d5 289:d6 289:d5 289:d4
  290:d19 290:d3 291:d12 291:d10 291:d5 291:d3 291:d14 291:d1 294:d11 294:d1 297:d3 297:d4
  297:d15 297:d5 297:d6 297:d7 297:d9 297:d10 297:d11 297:d12 297:d13 297:d14 297:d19 300:d16
  300:d6 300:d11 304:d9 304:d12 304:d4 317:d4 317:d6 317:d7 317:d15 320:d4 320:d7 322:d1 322:d3
  322:d10 325:d10 325:d11 325:d16 325:d1 325:d12
`),
  },
]

test.each(LARGER)(
  'on $seasons seasons of $cars.0 to $cars.1 drivers, the worst position is exact on all but the rows named',
  ({ cars, seasons, rows, bounds }) => {
    const found: Array<string> = []
    let seen = 0
    let cases = 0
    for (let seed = 1; cases < seasons; seed += 1) {
      const c = smallCase(seed, cars)
      const standings = computeSeasonStandings(c.season, c.files)
      const progression = standings.championships[0]
      const step = progression?.steps.findIndex((race) => race.race.id === c.asOf) ?? -1
      if (progression === undefined || step < 0) continue
      cases += 1
      for (const row of championshipScenarios(standings, progression, step).rows) {
        seen += 1
        if (!row.worstPositionExact) found.push(`${seed}:${row.id}`)
      }
    }
    expect(seen).toBe(rows)
    expect(found).toEqual(bounds)
  },
)
