import { expect, test } from 'vitest'
import { roundPoints } from '../../src/engine/round-points.ts'

test('sums of fractions come out as people write them', () => {
  expect(0.1 + 0.2).not.toBe(0.3)
  expect(roundPoints(0.1 + 0.2)).toBe(0.3)
  expect(roundPoints(12.5 + 7.5 + 1 / 3 + 2 / 3)).toBe(21)
  expect(roundPoints(-5)).toBe(-5)
})
