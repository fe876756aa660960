import { expect, test } from 'vitest'
import { countNoun } from '../../src/model/count-noun.ts'
import { listOf, listPartsOf } from '../../src/model/list-of.ts'
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

// The rules above are written by hand, not with Intl (its locale data costs a phone's first view,
// docs/performance.md): Intl is the oracle here, over every count a season can hold and more.
test('plurals, ordinals and lists by hand say what Intl says for en-GB', () => {
  const cardinal = new Intl.PluralRules('en-GB')
  const ordinalRules = new Intl.PluralRules('en-GB', { type: 'ordinal' })
  const intlSuffix = { one: 'st', two: 'nd', few: 'rd', zero: 'th', many: 'th', other: 'th' }
  const counts = [
    ...Array.from({ length: 2_401 }, (_, i) => i - 200),
    0.5,
    1.5,
    -0.5,
    2.25,
    10_001,
    100_011,
  ]
  for (const n of counts) {
    expect(countNoun(n, 'point'), String(n)).toBe(
      `${n} ${cardinal.select(n) === 'one' ? 'point' : 'points'}`,
    )
    if (Number.isInteger(n) && n > 0)
      expect(ordinal(n), String(n)).toBe(`${n}${intlSuffix[ordinalRules.select(n)]}`)
  }
  const list = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' })
  for (let size = 0; size <= 6; size += 1) {
    const items = ['Sargent', 'Martin', 'Hart', 'Ward', 'Kiefer', 'Ogden'].slice(0, size)
    expect(listOf(items)).toBe(list.format(items))
    expect(listPartsOf(items)).toEqual(list.formatToParts(items))
  }
})
