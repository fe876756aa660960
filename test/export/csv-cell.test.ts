import { expect, test } from 'vitest'
import { csvCell, toCsv } from '../../src/export/csv-cell.ts'

test('text that a spreadsheet would run as a formula is neutralised', () => {
  expect(['=SUM(A1)', '+1', '-cmd|x', '@A1', '\tx', '\rx'].map(csvCell)).toEqual([
    "'=SUM(A1)",
    "'+1",
    "'-cmd|x",
    "'@A1",
    "'\tx",
    '"\'\rx"',
  ])
})

test('numbers stay numbers, negative ones included; empty cells stay empty', () => {
  expect([-5, 12.5, 0, null, true].map(csvCell)).toEqual(['-5', '12.5', '0', '', 'true'])
})

test('commas, quotes and line breaks are quoted', () => {
  expect(csvCell('Hart, Jason')).toBe('"Hart, Jason"')
  expect(csvCell('the "Bull"')).toBe('"the ""Bull"""')
  expect(
    toCsv([
      ['a', 1],
      ['b,c', null],
    ]),
  ).toBe('a,1\r\n"b,c",\r\n')
})
