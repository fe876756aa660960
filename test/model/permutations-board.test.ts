import { expect, test } from 'vitest'
import { alwaysLine, fitBoard, linesOf } from '../../src/model/board-fit.ts'
import { permutationsBoard, type PermutationsBoardRow } from '../../src/model/permutations-board.ts'
import type { SeasonModel } from '../../src/model/season-model.ts'
import { shippedModel, summaryAfter } from '../fixtures/shipped-summary.ts'

const f1 = await shippedModel('f1/2022')
const f1of2018 = await shippedModel('f1/2018')
const ccna = await shippedModel('ccna/2023')
const boardAfter = (model: SeasonModel, championship: string, race: string) =>
  permutationsBoard(summaryAfter(model, championship, race), championship, model.standings.calendar)

test('F1 2022 before Japan: the headline, then the results that clinch by place, a bonus that makes one certain said on its row', () => {
  const board = boardAfter(f1, 'drivers', 'r17')
  expect(board.headline).toBe('Verstappen clinches in round 18, Japan, if …')
  expect(board.race).toBe('round 18, Japan')
  expect(board.rows.slice(0, 2)).toEqual([
    // Pérez may take any result: he is no condition. With the fastest lap a win is enough.
    {
      result: '1st',
      clinches: 'if',
      conditions: ['Leclerc 3rd or lower'],
      alwaysWith: 'with the fastest lap',
      stands: 2,
    },
    {
      result: '2nd',
      clinches: 'if',
      conditions: [
        'Leclerc 5th or lower (6th or lower with the fastest lap)',
        'Pérez 4th or lower (5th or lower with the fastest lap)',
      ],
      alwaysWith: null,
      stands: 1,
    },
  ])
  expect(board.rows.map((row) => row.result)).toEqual(['1st', '2nd', '3rd', '4th', '5th', '6th'])
  // 12 rows of the view clinch; "2nd + fastest lap" to "6th + fastest lap" are the view's.
  expect(board.clinching).toBe(12)
})

test('CCNA 2023 Pro before race 12: a win clinches whatever happens; 2nd and 3rd with the bonuses that make them certain', () => {
  const board = boardAfter(ccna, 'pro', 'r11')
  expect(board.rows.slice(0, 3)).toEqual([
    {
      result: '1st',
      clinches: 'always',
      conditions: ['whatever Sargent and Martin do'],
      alwaysWith: null,
      stands: 1,
    },
    {
      result: '2nd',
      clinches: 'if',
      conditions: ['Sargent any place (3rd or lower with the pole and the fastest lap)'],
      // "+ pole + fastest lap" is said by either.
      alwaysWith: 'with the fastest lap or the pole',
      stands: 4,
    },
    {
      result: '3rd',
      clinches: 'if',
      conditions: ['Sargent 2nd or lower'],
      alwaysWith: 'with the pole',
      stands: 3,
    },
  ])
})

test('a race named by number takes no comma; a team by points; a settled title is its sentence', () => {
  expect(boardAfter(ccna, 'pro', 'r11').headline).toBe('Dickinson clinches in race 12 if …')
  expect(boardAfter(f1of2018, 'constructors', 'r18').rows).toEqual([
    {
      result: '20 points or more',
      clinches: 'if',
      conditions: ['Ferrari outscored by 20 points or more'],
      alwaysWith: null,
      stands: 1,
    },
  ])
  const settled = boardAfter(f1, 'drivers', 'r18')
  expect(settled).toEqual({
    championship: 'drivers',
    headline: 'Verstappen has clinched the Drivers title.',
    race: null,
    rows: [],
    clinching: 0,
  })
  // Red Bull cannot clinch in Japan: no row to show, the sentence says why.
  expect(boardAfter(f1, 'constructors', 'r17')).toMatchObject({
    headline: 'Red Bull cannot clinch the Constructors title in round 18, Japan.',
    rows: [],
  })
})

test('a place that clinches only with a bonus: its rows with the bonus, each on its own (CCNA 2023 Am before race 15)', () => {
  // Third never clinches without the pole: with it, Kvamme must finish outside the points; with
  // the pole and the fastest lap, 15th or lower. Third with the fastest lap alone never clinches.
  const board = boardAfter(ccna, 'am', 'r14')
  expect(board.headline).toBe('Noble clinches in race 15 if …')
  expect(board.rows.map((row) => [row.result, row.clinches, row.conditions, row.stands])).toEqual([
    [
      '1st',
      'if',
      [
        'Kvamme 9th or lower (10th or lower with the fastest lap; 11th or lower with the pole; 12th or lower with the pole and the fastest lap)',
      ],
      1,
    ],
    [
      '2nd',
      'if',
      [
        'Kvamme 14th or lower (15th or lower with the fastest lap; outside the points with the pole; not with the pole and the fastest lap)',
      ],
      1,
    ],
    ['3rd + pole', 'if', ['Kvamme outside the points (not with the fastest lap)'], 1],
    ['3rd + pole + fastest lap', 'if', ['Kvamme 15th or lower'], 1],
  ])
  // The view's rows that clinch: the four of first and second place, and two of third.
  expect(board.clinching).toBe(10)
})

test('nothing clinches in the next race alone but the weekend can: the board shows the weekend', async () => {
  const board = boardAfter(ccna, 'pro', 'r10')
  expect(board.headline).toBe('Dickinson clinches over races 11 and 12 if …')
  expect(board.race).toBe('races 11 and 12')
  expect(board.rows[0]).toEqual({
    result: '28 points or more',
    clinches: 'if',
    conditions: ['Sargent outscored by 9 points or more', 'Martin outscored by 5 points or more'],
    alwaysWith: null,
    stands: 1,
  })
  expect(board.clinching).toBe(4)
  // A Grand Prix named after a sprint: its place closed by a comma before "if".
  const f1of2024 = await shippedModel('f1/2024')
  expect(boardAfter(f1of2024, 'constructors', 'r22').headline).toBe(
    'McLaren clinches over the Qatar sprint and round 23, Qatar, if …',
  )
})

test('the board fits: at most the lines it has, the rows in order, and a last line saying how many more', async () => {
  const boards = [boardAfter(f1, 'drivers', 'r17'), boardAfter(ccna, 'pro', 'r11')]
  for (const board of boards)
    for (const charsPerLine of [30, 60])
      for (let lines = 1; lines <= 60; lines += 1) {
        const fitted = fitBoard(board, { lines, charsPerLine, spacing: 0.4 })
        const texts = (row: PermutationsBoardRow) => [
          ...row.conditions,
          ...(row.alwaysWith === null ? [] : [alwaysLine(row.alwaysWith)]),
        ]
        const used = fitted.rows.reduce(
          (sum, row) =>
            sum + 0.4 + texts(row).reduce((n, text) => n + linesOf(text, charsPerLine), 0),
          fitted.moreText === null ? 0 : 1,
        )
        expect(used).toBeLessThanOrEqual(lines + 1e-9)
        expect(fitted.rows).toEqual(board.rows.slice(0, fitted.rows.length))
        const said = fitted.rows.reduce((sum, row) => sum + row.stands, 0)
        expect(fitted.more).toBe(board.clinching - said)
        expect(fitted.moreText).toBe(
          fitted.more === 0
            ? null
            : `+${fitted.more} more ${fitted.more === 1 ? 'result' : 'results'} in the Permutations view`,
        )
      }
  const f1Board = boards[0]!
  expect(fitBoard(f1Board, { lines: 5, charsPerLine: 60 })).toMatchObject({
    rows: [{ result: '1st' }, { result: '2nd' }],
    more: 9,
    moreText: '+9 more results in the Permutations view',
  })
  // Every place fits, but the rows with the fastest lap from 2nd down are the view's alone.
  expect(fitBoard(f1Board, { lines: 100, charsPerLine: 60 })).toMatchObject({
    more: 5,
    moreText: '+5 more results in the Permutations view',
  })
  const f1of2015 = await shippedModel('f1/2015')
  expect(
    fitBoard(boardAfter(f1of2015, 'drivers', 'r15'), { lines: 100, charsPerLine: 60 }),
  ).toEqual(expect.objectContaining({ more: 0, moreText: null }))
})
