import { expect, test } from 'vitest'
import { levelRecords } from '../../../src/engine/scenarios/level-records.ts'
import { scenarioRules } from '../../fixtures/scenario-rules.ts'
import { remainingRace } from '../../fixtures/remaining-race.ts'

/*
 * The best countback record one car can add with exactly each total (docs/scoring-rules.md#scenarios),
 * by hand: `record[p]` = times p-th.
 */
test('one Carrera Cup race: 3 points at best as 13th; 26 as a win with the fastest lap', () => {
  const records = levelRecords(scenarioRules([remainingRace()]))
  // 13th (3), 14th with the fastest lap, 15th with the pole, 16th with both: 13th is best.
  expect(records?.get(3)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1])
  expect(records?.get(26)).toEqual([0, 1])
  expect(records?.get(0)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1])
  // Nothing adds up to 29.
  expect(records?.has(29)).toBe(false)
  // Places that do not count for countback add nothing to the record.
  const uncounted = levelRecords(scenarioRules([remainingRace({ countsForCountback: false })]))
  expect(uncounted?.get(26)).toEqual([])
})

test('two races of 1950: 9 points come with one win at best, and the sixth place beside it', () => {
  const race = remainingRace({ prizes: [8, 6, 4, 3, 2], pole: 0, fastestLap: 1 })
  const records = levelRecords(scenarioRules([race, race]))
  expect(records?.get(9)).toEqual([0, 1, 0, 0, 0, 0, 1])
  // 10: a win and a fifth (8 + 2), better than two seconds less one point.
  expect(records?.get(10)).toEqual([0, 1, 0, 0, 0, 1])
  expect(records?.get(18)).toEqual([0, 2])
  // Teams ranked by their best car take no bonus: 9 only as a second and a fourth.
  expect(levelRecords(scenarioRules([race, race], { method: 'rank' }))?.get(9)).toEqual([
    0, 0, 1, 0, 1,
  ])
})

test('past 20,000 totals there are no records (the search gives up rather than grow without end)', () => {
  // Points that never add up alike (powers of 9 below 9 of each): every way to finish the races
  // is its own total. Five races: 3,003 totals; eight: 43,758.
  const race = remainingRace({
    prizes: [9 ** 9, 9 ** 8, 9 ** 7, 9 ** 6, 9 ** 5, 9 ** 4, 9 ** 3, 9 ** 2, 9, 1],
    pole: 0,
    fastestLap: 0,
  })
  expect(levelRecords(scenarioRules(new Array(5).fill(race)))?.size).toBe(3003)
  expect(levelRecords(scenarioRules(new Array(8).fill(race)))).toBeNull()
})
