import { expect, test } from 'vitest'
import { toFinishingOrder } from '../../../src/engine/scoring/finishing-order.ts'
import { finished, out } from '../../fixtures/build.ts'

// docs/scoring-rules.md#race-points: classified cars by position, then the others by car number,
// whatever order the file lists them in.
const cars = (rows: ReturnType<typeof toFinishingOrder>) => rows.map((row) => row.car)

test('a file already in finishing order is used as it is (the same array, nothing copied)', () => {
  const rows = [finished(1, { car: '7' }), finished(2, { car: '3' }), finished(3, { car: '9' })]
  expect(toFinishingOrder(rows)).toBe(rows)
})

test('classified cars listed out of order are put in position order', () => {
  const rows = [finished(2, { car: '3' }), finished(1, { car: '7' }), finished(2, { car: '4' })]
  expect(cars(toFinishingOrder(rows))).toEqual(['7', '3', '4'])
  const level = [finished(1, { car: '7' }), finished(1, { car: '3' })]
  expect(cars(toFinishingOrder(level))).toEqual(['7', '3'])
})

test('cars not classified come after the classified ones, by car number as text, wherever the file lists them', () => {
  const rows = [
    out('dnf', { car: '9' }),
    finished(1, { car: '7' }),
    out('dsq', { car: '10' }),
    finished(2, { car: '3' }),
    out('dns', { car: '9' }),
    out('nc', { car: '2' }),
  ]
  const ordered = toFinishingOrder(rows)
  expect(cars(ordered)).toEqual(['7', '3', '10', '2', '9', '9'])
  // The two car 9 rows keep their file order (a stable sort).
  expect(ordered.slice(-2).map((row) => row.status)).toEqual(['dnf', 'dns'])
  expect(rows.map((row) => row.car)).toEqual(['9', '7', '10', '3', '9', '2'])
})

test('classified cars in order with the others after them keep their order; the others are sorted', () => {
  const rows = [
    finished(1, { car: '8' }),
    finished(2, { car: '1' }),
    out('dnf', { car: '5' }),
    out('dnf', { car: '4' }),
  ]
  expect(cars(toFinishingOrder(rows))).toEqual(['8', '1', '4', '5'])
})
