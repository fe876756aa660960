import { expect, test } from 'vitest'
import {
  neverFold,
  permutationGroups,
  permutationsHeading,
} from '../../src/model/permutations-table.ts'
import type { SeasonModel } from '../../src/model/season-model.ts'
import { shippedModel, summaryAfter } from '../fixtures/shipped-summary.ts'

const f1 = await shippedModel('f1/2022')
const ccna2024 = await shippedModel('ccna/2024')
const viewAfter = (model: SeasonModel, championship: string, race: string) => {
  const view = summaryAfter(model, championship, race).permutations
  if (view === null) throw new Error(`no table after ${race}`)
  return view
}
const foldOf = (model: SeasonModel, championship: string, race: string) => {
  const view = viewAfter(model, championship, race)
  return neverFold(permutationGroups(view.rows, view.by), view.by)
}

test('the places that cannot clinch even with a bonus, as one line: F1 2022 before Japan', () => {
  expect(foldOf(f1, 'drivers', 'r17')).toEqual({
    result: '7th or lower, or not classified',
    groups: new Set([6, 7, 8, 9]),
    rows: 4,
  })
})

test('a place that clinches with a bonus stays out of the line: CCNA 2024 Masters before race 15', () => {
  // 8th to 10th never clinch without a bonus but can with one: only 11th or lower folds.
  expect(foldOf(ccna2024, 'masters', 'r14')).toMatchObject({
    result: '11th or lower, or not classified',
    rows: 2,
  })
  // Pro-Am: every place but the win; 40 of the 44 rows.
  expect(foldOf(ccna2024, 'pro-am', 'r14')).toMatchObject({
    result: '2nd or lower, or not classified',
    rows: 40,
  })
})

test('a table that never clinches is "any result"; one row that never clinches is not folded', async () => {
  const ccna2023 = await shippedModel('ccna/2023')
  expect(foldOf(ccna2023, 'pro', 'r10')).toMatchObject({ result: 'any result', rows: 2 })
  const f1of2018 = await shippedModel('f1/2018')
  expect(foldOf(f1of2018, 'constructors', 'r18')).toBeNull()
  expect(foldOf(ccna2023, 'pro', 'r11')).toBeNull()
})

test('places merged into one row stand for every place: "8th–10th" is 8th, 9th and 10th', () => {
  const row = viewAfter(f1, 'drivers', 'r17').rows.find((r) => r.result === '8th–10th')
  expect(row?.outcomes.map((o) => [o.leader.place, o.leader.fastestLap])).toEqual([
    [8, false],
    [8, true],
    [9, false],
    [9, true],
    [10, false],
    [10, true],
  ])
})

test('the heading and the card subtitle say the race one way', () => {
  const view = viewAfter(f1, 'drivers', 'r17')
  expect(permutationsHeading(view.championship, view.race)).toBe(
    'Drivers title permutations for round 18, Japan',
  )
  expect(permutationsHeading('Drivers', null)).toBe('Drivers title permutations')
  expect(permutationsHeading(null, 'race 12')).toBe('Title permutations for race 12')
})
