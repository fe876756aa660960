import { expect, test } from 'vitest'
import { titleSafe } from '../../src/model/title-safe.ts'

test('the 90 % title-safe area of a 1920 × 1080 frame: 96 px and 54 px in (SMPTE ST 2046-1)', () => {
  expect(titleSafe(1920, 1080)).toEqual({ left: 96, top: 54, right: 1824, bottom: 1026 })
})

test('margins round to whole pixels: 1280 × 720 and a square 1080', () => {
  expect(titleSafe(1280, 720)).toEqual({ left: 64, top: 36, right: 1216, bottom: 684 })
  // 5 % of 1070 is 53.5: rounded to 54 on each side.
  expect(titleSafe(1070, 1070)).toEqual({ left: 54, top: 54, right: 1016, bottom: 1016 })
})
