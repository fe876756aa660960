import { expect, test } from 'vitest'
import { niceTicks } from '../../src/model/nice-ticks.ts'

test('nice ticks cover the data in steps of 1, 2 or 5 × 10ⁿ and always show 0', () => {
  // Rosberg − Hamilton 2016: from −19 to +43.
  expect(niceTicks(-19, 43)).toEqual([-20, 0, 20, 40, 60])
  // Sargent − Martin 2023 to race 8: +3 to +33 (the baseline stays in view).
  expect(niceTicks(3, 33)).toEqual([0, 10, 20, 30, 40])
  // The points axis of 2023 Pro: 402 at most, so it ends at 500, not 600.
  expect(niceTicks(0, 402)).toEqual([0, 100, 200, 300, 400, 500])
  expect(niceTicks(-3, -1)).toEqual([-3, -2, -1, 0])
  expect(niceTicks(0, 0)).toEqual([0])
})

test('a range that is an exact number of nice steps takes that step: 0–100 in fives is 20s', () => {
  expect(niceTicks(0, 100)).toEqual([0, 20, 40, 60, 80, 100])
})
