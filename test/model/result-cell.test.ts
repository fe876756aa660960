import { expect, test } from 'vitest'
import { scoreRace } from '../../src/engine/scoring/score-race.ts'
import { resultCell, pointsBreakdown } from '../../src/model/result-cell.ts'
import { ccnaRule, finished, out } from '../fixtures/build.ts'

const rows = scoreRace(
  [
    finished(1, { car: '1', pole: true, fastestLap: true }),
    finished(2, { car: '2', class: 'am' }),
    finished(3, { car: '3' }),
    finished(4, { car: '4', penaltyPoints: 5 }),
    out('dnf', { car: '5' }),
    out('dsq', { car: '6' }),
  ],
  ccnaRule,
  { multiplier: 1 },
)
const row = (car: string) => rows.find((r) => r.car === car)!

test('a class win with pole and fastest lap: code 1, both marks, points spelled out', () => {
  expect(resultCell(row('1'), false, 'R1')).toEqual({
    kind: 'win',
    text: '1',
    pole: true,
    fastestLap: true,
    dropped: false,
    points: 28,
    detail: 'R1: first, 25 + 2 pole + 1 fastest lap = 28 points; pole, fastest lap',
  })
})

test('places are class places; the detail says so when they differ from the overall place', () => {
  const am = resultCell(row('2'), false, 'R1')
  expect([am.kind, am.text]).toEqual(['win', '1'])
  expect(am.detail).toBe('R1: first in class, 25 points')
  expect(resultCell(row('3'), false, 'R1').detail).toBe('R1: second in class, 20 points')
})

test('bug: 2nd and 3rd had the same colour — gold, silver and bronze as fans know them', () => {
  expect([row('1'), row('3'), row('4')].map((r) => resultCell(r, false, 'R1').kind)).toEqual([
    'win',
    'second',
    'third',
  ])
})

test('a car that keeps its place but scores nothing says so', () => {
  const scored = scoreRace(
    ['1', '2', '3', '4', '5'].map((car, i) => finished(i + 1, { car, noPoints: car === '5' })),
    ccnaRule,
  )[4]
  expect(pointsBreakdown(scored!)).toBe('no points: this car scores nothing')
  expect(resultCell(scored, false, 'R1')).toMatchObject({ kind: 'no-points', text: '5' })
})

test('penalty points are shown as taken off', () => {
  expect(pointsBreakdown(row('4'))).toBe('17 − 5 penalty = 12 points')
  expect(resultCell(row('4'), false, 'R1').kind).toBe('third')
})

test('retirements and disqualifications carry a text code, never colour alone', () => {
  expect([resultCell(row('5'), false, 'R1').text, resultCell(row('6'), false, 'R1').text]).toEqual([
    'Ret',
    'DSQ',
  ])
  expect(resultCell(row('5'), false, 'R1').kind).toBe('out')
})

test('a dropped result says so; no result is an empty cell', () => {
  expect(resultCell(row('3'), true, 'R9').detail).toBe('R9: second in class, 20 points; dropped')
  expect(resultCell(undefined, false, 'R9')).toMatchObject({
    kind: 'none',
    text: '',
    detail: 'R9: no result',
  })
})
