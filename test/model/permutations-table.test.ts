import { expect, test } from 'vitest'
import type { Verdict } from '../../src/engine/scenarios/permutation-row.ts'
import type { BonusSet } from '../../src/engine/scenarios/race-outcomes.ts'
import type { PermutationsViewRow } from '../../src/model/permutations-view-row.ts'
import {
  leaderColumn,
  neverFold,
  noTableNote,
  permutationGroups,
  permutationsHeading,
  weekendColumn,
  weekendHeading,
} from '../../src/model/permutations-table.ts'
import type { SeasonModel } from '../../src/model/season-model.ts'
import { buildSeasonModel } from '../../src/model/season-model.ts'
import { filesOf, makeSeason, order, results, rounds } from '../fixtures/build.ts'
import { shippedModel, summaryAfter } from '../fixtures/shipped-summary.ts'

const f1 = await shippedModel('f1/2022')
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

test('a place that clinches with a bonus stays out of the line: 6th and 7th clinch only with the pole', () => {
  // A hand-made season (the Carrera Cup's points, pole 2, fastest lap 1): four races of eight
  // cars, two left. 6th clinches with the pole, 7th with the pole and the fastest lap; 8th never.
  const model = buildSeasonModel({
    season: makeSeason({ rounds: rounds(6) }),
    files: filesOf(
      results('r01', order(['2', '1', '6', '5', '7', '8', '3', '4'], { '1': { pole: true } })),
      results('r02', order(['1', '2', '7', '5', '8', '6', '4', '3'], { '7': { pole: true } })),
      results('r03', order(['8', '5', '2', '1', '3', '4', '7', '6'], { '2': { pole: true } })),
      results('r04', order(['2', '6', '8', '4', '1', '7', '3', '5'], { '6': { pole: true } })),
    ),
    projectLive: false,
  })
  expect(foldOf(model, 'pro', 'r04')).toMatchObject({ result: '8th or lower, or not classified' })
  const verdicts = viewAfter(model, 'pro', 'r04')
    .rows.filter((row) => row.result.startsWith('6th') || row.result.startsWith('7th'))
    .map((row) => [row.result, row.clinches])
  expect(verdicts).toEqual([
    ['6th', 'never'],
    ['6th + fastest lap', 'never'],
    ['6th + pole', 'if'],
    ['6th + pole + fastest lap', 'if'],
    ['7th', 'never'],
    ['7th + fastest lap', 'never'],
    ['7th + pole', 'never'],
    ['7th + pole + fastest lap', 'if'],
  ])
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

test('published: before Japan 2022 each place folds its fastest-lap row under it; the columns name leader and race', () => {
  const view = viewAfter(f1, 'drivers', 'r17')
  const groups = permutationGroups(view.rows, view.by)
  expect(
    groups.slice(0, 2).map((g) => [g.head.result, g.variants.map((v) => [v.bonus, v.row.result])]),
  ).toEqual([
    ['1st', [['+ fastest lap', '1st + fastest lap']]],
    ['2nd', [['+ fastest lap', '2nd + fastest lap']]],
  ])
  expect(leaderColumn(view)).toBe('Verstappen in round 18, Japan')
  expect(weekendColumn(view, 'races 11 and 12')).toBe('Verstappen over races 11 and 12')
  expect(weekendHeading('races 11 and 12')).toBe('The weekend together: races 11 and 12')
})

test('no table: "Season complete." after the last race, "settled" once the title is won with races left', async () => {
  const ccna = await shippedModel('ccna/2023')
  expect(noTableNote(summaryAfter(ccna, 'pro', 'r16'))).toBe('Season complete.')
  // Dickinson clinched the 2023 Pro title in race 12, with four races left.
  expect(noTableNote(summaryAfter(ccna, 'pro', 'r12'))).toBe(
    'The title is settled: no result of the next race can change it.',
  )
})

/** A view row by hand: `result` as the table writes it, the leader's `place` and bonuses. */
const viewRow = (
  result: string,
  clinches: Verdict,
  place: number | null,
  bonus: Partial<BonusSet> = {},
): PermutationsViewRow => {
  const leader = { place, pole: false, fastestLap: false, points: 0, ...bonus }
  return { result, clinches, cells: [], outcomes: [{ leader, clinches, limits: [] }] }
}

test('places said in the line skip the places that clinch: runs of places, the deepest "or lower", then not classified', () => {
  const rows = [
    viewRow('1st', 'if', 1),
    viewRow('2nd', 'never', 2),
    viewRow('3rd–4th', 'if', 3),
    viewRow('5th', 'never', 5),
    viewRow('5th + pole', 'never', 5, { pole: true }),
    viewRow('6th', 'never', 6),
    viewRow('7th', 'if', 7),
    viewRow('8th or lower', 'never', 8),
    viewRow('not classified', 'never', null),
  ]
  const groups = permutationGroups(rows, 'place')
  // 5th's row with the pole goes under 5th; a place's rows come one after another.
  expect(groups.map((g) => [g.head.result, g.variants.map((v) => v.bonus)])).toEqual([
    ['1st', []],
    ['2nd', []],
    ['3rd–4th', []],
    ['5th', ['+ pole']],
    ['6th', []],
    ['7th', []],
    ['8th or lower', []],
    ['not classified', []],
  ])
  expect(neverFold(groups, 'place')).toEqual({
    result: '2nd, or 5th–6th, or 8th or lower, or not classified',
    groups: new Set([1, 3, 4, 6, 7]),
    rows: 6,
  })
  // Every place classified clinches with something: no "not classified" to say.
  const classified = permutationGroups(rows.slice(0, 8), 'place')
  expect(neverFold(classified, 'place')?.result).toBe('2nd, or 5th–6th, or 8th or lower')
})

test('a table by points is never grouped, and its rows that never clinch are said by their own words', () => {
  const rows = [
    viewRow('28 points or more', 'if', null),
    viewRow('20–27 points', 'never', null, { pole: true }),
    viewRow('19 points or fewer', 'never', null),
  ]
  const groups = permutationGroups(rows, 'points')
  expect(groups.map((g) => g.variants.length)).toEqual([0, 0, 0])
  expect(neverFold(groups, 'points')).toEqual({
    result: '20–27 points, or 19 points or fewer',
    groups: new Set([1, 2]),
    rows: 2,
  })
})
