import { expect, test } from 'vitest'
import { fitScale } from '../../src/model/board-fit.ts'

test('full size when it fits; else the largest scale that fits, to within 1/64 of the range', () => {
  expect(fitScale(() => true)).toBe(1)
  const tried: Array<number> = []
  const scale = fitScale((s) => {
    tried.push(s)
    return s <= 0.8
  })
  expect(scale).toBeLessThanOrEqual(0.8)
  expect(scale).toBeGreaterThan(0.8 - 0.5 / 64)
  // One try at full size, then six halvings.
  expect(tried).toHaveLength(7)
})

test('never below the floor: when nothing fits, the smallest scale allowed', () => {
  expect(fitScale(() => false, 0.4)).toBe(0.4)
})
