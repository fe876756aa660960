import { expect, test } from 'vitest'
import { raceDate } from '../../src/model/race-date.ts'

test('a race shows its ISO date, or says the date is not known', () => {
  const race = { id: 'r01', name: 'R1', type: 'sprint', results: 'results/r01.json' }
  expect(raceDate({ ...race, date: '2023-03-16' })).toBe('2023-03-16')
  expect(raceDate({ ...race, date: null })).toBe('date not known')
})
