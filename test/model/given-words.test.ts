/**
 * A result whose points an official sheet gives, in words (docs/data-format.md#given-points):
 * "official points", and a place only as the place the points stand for on the scale.
 */
import { expect, test } from 'vitest'
import { scoreRace } from '../../src/engine/scoring/score-race.ts'
import { givenBreakdown, givenShort, isGiven } from '../../src/model/given-words.ts'
import { finished, out } from '../fixtures/build.ts'

const rule = { points: [350, 320, 300], awardBy: 'class' } as const

test('a given result says official points and the place on the scale, never a finishing place', () => {
  const rows = scoreRace(
    [
      { ...finished(1, { car: '1' }), given: { race: 350, pole: 10, fastestLap: 10 } },
      { ...finished(2, { car: '2' }), given: { race: 320 } },
      finished(3, { car: '3' }),
    ],
    rule,
  )
  const [first, second, scored] = rows
  if (first === undefined || second === undefined || scored === undefined) throw new Error('rows')
  expect(givenBreakdown(first)).toBe(
    'official points: 350 + 10 pole + 10 fastest lap = 370 points (the points of 1st on the scale; the finishing place is not in the official sheet)',
  )
  expect(givenBreakdown(second)).toBe(
    'official points: 320 points (the points of 2nd on the scale; the finishing place is not in the official sheet)',
  )
  expect(givenShort(first)).toBe('370 official')
  expect([isGiven(first), isGiven(scored)]).toEqual([true, false])
})

test('a penalty the sheet takes off is said; a car out of the race stands for no place on the scale', () => {
  const [penalised, retired] = scoreRace(
    [
      { ...finished(1, { car: '1' }), given: { race: 350, penalty: 25 } },
      { ...out('dnf', { car: '2' }), given: { race: 0 } },
    ],
    rule,
  )
  expect(givenBreakdown(penalised!)).toBe(
    'official points: 350 − 25 penalty = 325 points (the points of 1st on the scale; the finishing place is not in the official sheet)',
  )
  expect(givenBreakdown(retired!)).toBe(
    'official points: 0 points (the finishing place is not in the official sheet)',
  )
})
