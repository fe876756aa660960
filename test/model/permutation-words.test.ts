import { expect, test } from 'vitest'
import type { RemainingRace } from '../../src/engine/scenarios/remaining-races.ts'
import type { PlaceLimit, RivalLimit } from '../../src/engine/scenarios/rival-limit.ts'
import {
  bonusWords,
  limitWords,
  placeSpan,
  pointsSpan,
  resultLabel,
  resultWords,
  whateverRivalsDo,
} from '../../src/model/permutation-words.ts'
import { F1_RACE, remainingRace } from '../fixtures/remaining-race.ts'

// The permutation table's words by hand (docs/scoring-rules.md#permutations). A Formula One race
// of 2019–2024: 25-18-15-12-10-8-6-4-2-1, the fastest lap worth 1 in the top ten, for classified
// cars only; and a Carrera Cup race: 15 scoring places, pole 2 and fastest lap 1 anywhere.
const F1 = F1_RACE
const CCNA = remainingRace()

const NONE = { pole: false, fastestLap: false }
const LAP = { pole: false, fastestLap: true }
const POLE = { pole: true, fastestLap: false }
const BOTH = { pole: true, fastestLap: true }
const place = (set: PlaceLimit['set'], from: number | null, unplaced = false): PlaceLimit => ({
  set,
  from,
  unplaced,
})
const atMost = (...places: ReadonlyArray<PlaceLimit>): RivalLimit => ({
  kind: 'at-most',
  places,
  maxPoints: 12,
  minStopping: 15,
})
const both = (limit: RivalLimit, race: RemainingRace) => [
  limitWords(limit, race),
  limitWords(limit, race, true),
]

test('the rows of a table: places the leader may take, one place, a span, the last place standing for all below', () => {
  expect(placeSpan(7, 7, false)).toBe('7th')
  expect(placeSpan(8, 10, false)).toBe('8th–10th')
  expect(placeSpan(1, 3, false)).toBe('1st–3rd')
  expect(placeSpan(11, 11, true)).toBe('11th or lower')
  expect(placeSpan(1, 11, true)).toBe('any place')
  expect(placeSpan(null, 11, true)).toBe('not classified')
  expect(placeSpan(null, 11, false)).toBe('not classified')
})

test('the rows of a table by points: one total, a span, the top row open-ended', () => {
  expect(pointsSpan(24, 24, false)).toBe('24 points')
  expect(pointsSpan(1, 1, true)).toBe('1 point')
  expect(pointsSpan(24, 44, true)).toBe('24 points or more')
  expect(pointsSpan(20, 23, false)).toBe('20–23 points')
  expect(pointsSpan(12.5, 13.5, false)).toBe('12.5–13.5 points')
})

test('a rival with no limit, absent, or keeping the title open, in the table and in a sentence', () => {
  const limit = (kind: RivalLimit['kind']): RivalLimit => ({
    kind,
    places: [],
    maxPoints: 26,
    minStopping: Infinity,
  })
  expect(both(limit('any'), F1)).toEqual(['any result', 'whatever it does'])
  expect(both(limit('absent'), F1)).toEqual(['does not start', 'does not start'])
  expect(both(limit('alive'), F1)).toEqual(['in contention', 'still in contention'])
})

test('a team limited by points, not places: "12 points or fewer", "scoring 1 point or fewer"', () => {
  expect(both(atMost(), F1)).toEqual(['12 points or fewer', 'scoring 12 points or fewer'])
  expect(limitWords({ ...atMost(), maxPoints: 1 }, F1, true)).toBe('scoring 1 point or fewer')
})

test('published: 2022 Japan — Leclerc third or lower, the fastest lap asking nothing more', () => {
  expect(both(atMost(place(NONE, 3), place(LAP, 3)), F1)).toEqual([
    '3rd or lower',
    'third or lower',
  ])
})

test('a fastest lap that asks one place more is said after the base limit', () => {
  expect(both(atMost(place(NONE, 5), place(LAP, 6)), F1)).toEqual([
    '5th or lower (6th or lower with the fastest lap)',
    'fifth or lower (sixth or lower with the fastest lap)',
  ])
  // A bonus set allowing a better place than the base asks nothing more and goes unsaid.
  expect(limitWords(atMost(place(NONE, 5), place(LAP, 4)), F1)).toBe('5th or lower')
})

test('the first place without points is "outside the points"; the fastest lap there matters only where it scores', () => {
  // In Formula One the fastest lap scores only in the top ten: 11th with it is still nothing.
  expect(both(atMost(place(NONE, 11), place(LAP, null)), F1)).toEqual([
    'outside the points',
    'outside the points',
  ])
  // In the Carrera Cup it scores anywhere: 16th with it is a point, so it is ruled out.
  expect(both(atMost(place(NONE, 16), place(LAP, null)), CCNA)).toEqual([
    'outside the points (not with the fastest lap)',
    'outside the points (not with the fastest lap)',
  ])
  // Third or lower, but never with the fastest lap (which scores in the top ten).
  expect(limitWords(atMost(place(NONE, 3), place(LAP, null)), F1)).toBe(
    '3rd or lower (not with the fastest lap)',
  )
})

test('any place but not with a bonus; not classified only; no result at all', () => {
  expect(both(atMost(place(NONE, 1), place(LAP, null)), CCNA)).toEqual([
    'any place (not with the fastest lap)',
    'anywhere (not with the fastest lap)',
  ])
  expect(limitWords(atMost(place(NONE, null, true), place(LAP, null, false)), CCNA)).toBe(
    'not classified (not with the fastest lap)',
  )
  // Unclassified with the fastest lap allowed as well: nothing stricter to say.
  expect(limitWords(atMost(place(NONE, null, true), place(LAP, null, true)), CCNA)).toBe(
    'not classified',
  )
  expect(limitWords(atMost(place(NONE, null)), CCNA)).toBe('no points')
  // Only a bonus set listed: every place of it is said, after "no points".
  expect(limitWords(atMost(place(LAP, 3)), CCNA)).toBe(
    'no points (3rd or lower with the fastest lap)',
  )
})

test('bonus sets that ask the same are said once; a set covered by a smaller one goes unsaid', () => {
  // The pole and the fastest lap each ask 5th; both together ask the same and are covered.
  expect(
    limitWords(atMost(place(NONE, 4), place(LAP, 5), place(POLE, 5), place(BOTH, 5)), CCNA),
  ).toBe('4th or lower (5th or lower with the fastest lap or the pole)')
  // Each asks its own place: all three said, in the table's order of bonus sets.
  expect(
    limitWords(atMost(place(NONE, 4), place(LAP, 5), place(POLE, 6), place(BOTH, 7)), CCNA),
  ).toBe(
    '4th or lower (5th or lower with the fastest lap; 6th or lower with the pole; 7th or lower with the pole and the fastest lap)',
  )
  // Both bonuses together ask more than either alone, which ask nothing: said alone.
  expect(
    limitWords(atMost(place(NONE, 4), place(LAP, 4), place(POLE, 4), place(BOTH, 5)), CCNA, true),
  ).toBe('fourth or lower (fifth or lower with the pole and the fastest lap)')
  // The same place, but one may go unclassified and the other not: both said.
  expect(
    limitWords(
      atMost(place(NONE, null, true), place(LAP, null, false), place(BOTH, null, true)),
      CCNA,
    ),
  ).toBe('not classified (not with the fastest lap)')
})

test("the leader's result as a row and as a sentence says it", () => {
  expect(resultLabel({ place: 1, ...BOTH, points: 28 }, false)).toBe('1st + pole + fastest lap')
  expect(resultLabel({ place: 3, ...LAP, points: 18 }, false)).toBe('3rd + fastest lap')
  expect(resultLabel({ place: 2, ...POLE, points: 22 }, false)).toBe('2nd + pole')
  expect(resultLabel({ place: null, ...NONE, points: 0 }, false)).toBe('not classified')
  expect(resultLabel({ place: null, ...POLE, points: 2 }, false)).toBe('not classified + pole')
  expect(resultLabel({ place: 4, ...NONE, points: 24 }, true)).toBe('24 points')
  expect(resultLabel({ place: 4, ...NONE, points: 1 }, true)).toBe('1 point')
  expect(resultWords(1, NONE)).toBe('winning')
  expect(resultWords(1, LAP, true)).toBe('winning with the fastest lap')
  expect(resultWords(2, POLE)).toBe('finishing second with the pole')
  expect(resultWords(3, NONE, true)).toBe('finishing third or better')
  expect(resultWords(12, BOTH)).toBe('finishing 12th with the pole and the fastest lap')
  expect([bonusWords(NONE), bonusWords(POLE), bonusWords(LAP), bonusWords(BOTH)]).toEqual([
    '',
    'the pole',
    'the fastest lap',
    'the pole and the fastest lap',
  ])
  expect(whateverRivalsDo(['Hamilton'])).toBe('whatever Hamilton does')
  expect(whateverRivalsDo(['Leclerc', 'Pérez', 'Russell'])).toBe(
    'whatever Leclerc, Pérez and Russell do',
  )
  const six = ['Dederichs', 'Koenig', 'Tait', 'Clarke', 'Luaces', 'Gigliotti']
  expect(whateverRivalsDo(six)).toBe(
    'whatever Dederichs, Koenig, Tait, Clarke, Luaces and Gigliotti do',
  )
  expect(whateverRivalsDo([...six, 'a driver yet to race'])).toBe(
    'whatever Dederichs, Koenig, Tait and 4 others do',
  )
})
