import { expect, test } from 'vitest'
import { cappedList, moreText } from '../../src/model/capped-list.ts'

test('a list within the cap is whole; a longer one is cut and counted', () => {
  const list = [1, 2, 3]
  expect(cappedList(list, 3)).toEqual({ shown: [1, 2, 3], more: 0 })
  // Within the cap the list itself, not a copy.
  expect(cappedList(list, 3).shown).toBe(list)
  expect(cappedList([1, 2, 3, 4, 5], 2)).toEqual({ shown: [1, 2], more: 3 })
  expect(moreText(0)).toBe('')
  expect(moreText(4_980)).toBe(' and 4,980 more')
})
