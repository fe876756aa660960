import { expect, test } from 'vitest'
import { liveBannerWords } from '../../src/model/live-words.ts'
import { shippedSeason } from '../fixtures/shipped-season.ts'

const { calendar } = await shippedSeason('ccna/2023')

test('a race running, shown as it stands: the sentence says it is not a result, the link offers the standings before it', () => {
  expect(liveBannerWords(calendar, ['r01'], true)).toEqual({
    word: 'LIVE',
    sentence: 'Race 1: standings as it stands, if the race ended now — not a result.',
    toggle: 'Show standings before the race',
  })
})

test('one race running, the standings before it', () => {
  expect(liveBannerWords(calendar, ['r05'], false)).toEqual({
    word: 'LIVE',
    sentence: 'Race 5 is running; showing the standings before it.',
    toggle: 'Show as it stands',
  })
})

test('bug: two races running said "showing the standings before it" — before them', () => {
  expect(liveBannerWords(calendar, ['r01', 'r02'], false).sentence).toBe(
    'Races 1 and 2 are running; showing the standings before them.',
  )
})
