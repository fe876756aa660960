import { expect, test } from 'vitest'
import { cappedList, moreText } from '../../src/model/capped-list.ts'

test('a list within the cap is whole; a longer one is cut and counted', () => {
  expect(cappedList([1, 2, 3], 3)).toEqual({ shown: [1, 2, 3], more: 0 })
  expect(cappedList([1, 2, 3, 4, 5], 2)).toEqual({ shown: [1, 2], more: 3 })
  expect(moreText(0)).toBe('')
  expect(moreText(4_980)).toBe(' and 4,980 more')
})
