import { expect, test } from 'vitest'
import { countNoun } from '../../src/model/count-noun.ts'
import { listOf } from '../../src/model/list-of.ts'
import { ordinal, ordinalWord } from '../../src/model/ordinal.ts'
import { shortName } from '../../src/model/short-name.ts'

test('places as timing screens write them, and as sentences say them', () => {
  expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(ordinal)).toEqual([
    '1st',
    '2nd',
    '3rd',
    '4th',
    '11th',
    '12th',
    '13th',
    '21st',
    '22nd',
    '23rd',
    '101st',
    '111th',
  ])
  expect([1, 2, 3, 10, 11, 22].map(ordinalWord)).toEqual([
    'first',
    'second',
    'third',
    'tenth',
    '11th',
    '22nd',
  ])
})

test('counts, lists and short names, each written once', () => {
  expect([countNoun(1, 'race'), countNoun(0, 'race'), countNoun(3, 'podium')]).toEqual([
    '1 race',
    '0 races',
    '3 podiums',
  ])
  expect([listOf(['Sargent']), listOf(['Sargent', 'Martin']), listOf(['A', 'B', 'C'])]).toEqual([
    'Sargent',
    'Sargent and Martin',
    'A, B and C',
  ])
  expect(shortName('Riley Dickinson')).toBe('Dickinson')
  expect(shortName('Elias De La Torre IV')).toBe('De La Torre IV')
  expect(shortName('Pro-Am entry D (driver not published)')).toBe('Pro-Am entry D')
  expect(shortName('Red Bull Racing', true)).toBe('Red Bull Racing')
  expect(shortName('Driver 26')).toBe('Driver 26')
})
