import { expect, test } from 'vitest'
import { describeValue, formatFault, formatPath } from '../../src/data/fault.ts'

test('JSON paths read like code', () => {
  expect(formatPath(['rows', 12, 'class'])).toBe('rows[12].class')
  expect(formatPath(['scoring', 'race', 'points', 0])).toBe('scoring.race.points[0]')
  expect(formatPath(['scoring', 'my race'])).toBe('scoring["my race"]')
  expect(formatPath([])).toBe('')
})

test('faults read "file: path: message", without an empty path', () => {
  expect(formatFault({ file: 'season.json', path: 'rounds', message: 'x' })).toBe(
    'season.json: rounds: x',
  )
  expect(formatFault({ file: 'season.json', path: '', message: 'not found' })).toBe(
    'season.json: not found',
  )
})

test('values in messages are short and typed', () => {
  expect(
    ['a', 'x'.repeat(50), 3, true, null, undefined, [], [1, 2], {}].map(describeValue),
  ).toEqual([
    '"a"',
    `"${'x'.repeat(37)}..."`,
    '3',
    'true',
    'null',
    'nothing',
    'an empty list',
    'a list of 2',
    'an object',
  ])
})

test('bug: a value with a C1 control or a right-to-left override was repeated as it was — escaped like JSON escapes C0', () => {
  expect(describeValue('\u009b31m')).toBe('"\\u009b31m"')
  expect(describeValue('abc\u202eevil')).toBe('"abc\\u202eevil"')
  expect(describeValue('\u0007')).toBe('"\\u0007"')
})
