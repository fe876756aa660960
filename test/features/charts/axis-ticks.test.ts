import { expect, test } from 'vitest'
import { axisTicks, tickText } from '../../../src/features/charts/axis-ticks.ts'

test('bug: the points axis ran to 600 for a maximum of 402 — nice ticks cover the data with less than a step to spare', () => {
  expect(axisTicks('points', [0, 197, 402])).toEqual([0, 100, 200, 300, 400, 500])
  expect(axisTicks('gap', [0, 63, 143, 216])).toEqual([0, 50, 100, 150, 200, 250])
})

test('bug: the position chart labelled only 4, 7, 10, 12 — every place from the top', () => {
  expect(axisTicks('position', [1, 2, 3, 12])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
  expect(axisTicks('position', [1, 30])).toEqual([1, 5, 10, 15, 20, 25, 30])
})

test('the gap axis reads down from the leader', () => {
  expect(tickText('gap', 0)).toBe('leader')
  expect(tickText('gap', 50)).toBe('−50')
  expect(tickText('points', 50)).toBe('50')
})

test('bug: the 1954 gap chart labelled González "−16.857143" at the end of his line — as the tables write it', () => {
  expect(tickText('gap', 16.857143)).toBe('−16\u00A06/7')
  expect(tickText('points', 28.142857)).toBe('28\u00A01/7')
  expect(tickText('position', 2)).toBe('2')
})
