import { expect, test } from 'vitest'
import { formatChange, formatGap, formatSignedGap } from '../../src/model/format-points.ts'

test('gaps and changes are signed with a real minus sign; level and no change are words', () => {
  expect(formatSignedGap(63)).toBe('−63')
  expect(formatSignedGap(0)).toBe('level')
  expect(formatSignedGap(12.5)).toBe('−12.5')
  expect(formatChange(17)).toBe('+17')
  expect(formatChange(-5)).toBe('−5')
  expect(formatChange(0)).toBe('±0')
})

test('bug: a driver level on points showed "—" like the leader: the leader has none, a tie is "level"', () => {
  expect(formatGap(0, true)).toBe('—')
  expect(formatGap(0, false)).toBe('level')
  expect(formatGap(35, false)).toBe('−35')
})
