import { expect, test } from 'vitest'
import { clockTime } from '../../src/model/clock-time.ts'

// Built from local time, as the clock reads it: the same answer in any time zone.
const at = (hours: number, minutes: number, seconds: number) =>
  new Date(2023, 9, 1, hours, minutes, seconds).getTime()

test('a moment on a 24-hour clock, to the second', () => {
  expect(clockTime(at(19, 2, 11))).toBe('19:02:11')
})

test('midnight is 00, never 24; single digits keep their zero', () => {
  expect(clockTime(at(0, 5, 9))).toBe('00:05:09')
  expect(clockTime(at(23, 59, 59))).toBe('23:59:59')
})
