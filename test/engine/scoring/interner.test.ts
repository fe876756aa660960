import { expect, test } from 'vitest'
import { makeInterner } from '../../../src/engine/scoring/interner.ts'
import { makeSeason } from '../../fixtures/build.ts'

test('ids map to the same values; single drivers share one list; unknown ids pass through', () => {
  const intern = makeInterner(makeSeason())
  const copy = ['d', '1'].join('')
  expect(intern.id(copy)).toBe('d1')
  expect(intern.ids([copy])).toBe(intern.ids(['d1']))
  expect(intern.ids(['d1', 'd2'])).toEqual(['d1', 'd2'])
  expect(intern.id('nobody')).toBe('nobody')
})
