import { expect, test } from 'vitest'
import { alwaysLine, fitBoard, linesOf } from '../../src/model/board-fit.ts'
import type { PermutationsBoard, PermutationsBoardRow } from '../../src/model/permutations-board.ts'

// How much of the permutations board fits where it is drawn (docs/dashboard.md#booth): hand-made
// boards, every condition 10 characters or fewer (one line at 20 a line).
const row = (
  result: string,
  conditions: ReadonlyArray<string>,
  stands = 1,
  alwaysWith: string | null = null,
): PermutationsBoardRow => ({ result, clinches: 'if', conditions, alwaysWith, stands })

const board = (
  rows: ReadonlyArray<PermutationsBoardRow>,
  clinching?: number,
): PermutationsBoard => ({
  championship: 'Pro',
  headline: 'Dickinson clinches in race 15 if …',
  race: 'race 15',
  rows,
  clinching: clinching ?? rows.reduce((sum, r) => sum + r.stands, 0),
})

const three = board([
  row('1st', ['whatever']),
  row('2nd', ['Sargent 3rd', 'or lower']),
  row('3rd', ['Sargent 5th']),
])
const shown = (fitted: ReturnType<typeof fitBoard>) => fitted.rows.map((r) => r.result)

test('every row when all fit exactly, with nothing more to say', () => {
  // 1 + 2 + 1 lines.
  expect(fitBoard(three, { lines: 4, charsPerLine: 20 })).toEqual({
    rows: three.rows,
    more: 0,
    moreText: null,
  })
})

test('one line short: rows left out leave a line to say how many', () => {
  const fitted = fitBoard(three, { lines: 3, charsPerLine: 20 })
  // 2nd needs its two lines and the last line says the rest: 1 + 2 > 3 − 1, so only 1st.
  expect(fitted).toEqual({
    rows: [three.rows[0]],
    more: 2,
    moreText: '+2 more results in the Permutations view',
  })
})

test('a row standing for rows with a bonus counts them all; a bonus no row covers is said as more', () => {
  const covering = board([row('1st', ['whatever'], 3), row('2nd', ['Sargent 3rd'])])
  expect(fitBoard(covering, { lines: 1, charsPerLine: 20 }).more).toBe(4)
  expect(fitBoard(covering, { lines: 2, charsPerLine: 20 })).toMatchObject({
    more: 0,
    moreText: null,
  })
  // Everything fits, but the view has a clinching row no board row says: a line is kept for it.
  const uncovered = board([row('1st', ['whatever']), row('2nd', ['Sargent 3rd'])], 3)
  const fitted = fitBoard(uncovered, { lines: 2, charsPerLine: 20 })
  expect(shown(fitted)).toEqual(['1st'])
  expect(fitted.more).toBe(2)
})

test('the result on a line of its own, the space between rows, and the always-with line each take room', () => {
  expect(shown(fitBoard(three, { lines: 4, charsPerLine: 20, resultLine: true }))).toEqual(['1st'])
  expect(shown(fitBoard(three, { lines: 7, charsPerLine: 20, resultLine: true }))).toEqual([
    '1st',
    '2nd',
    '3rd',
  ])
  // Half a line between rows: 1.5 + 2.5 + 1.5 = 5.5 lines, summed with slack for the fractions.
  expect(shown(fitBoard(three, { lines: 5.5, charsPerLine: 20, spacing: 0.5 }))).toHaveLength(3)
  expect(shown(fitBoard(three, { lines: 5.4, charsPerLine: 20, spacing: 0.5 }))).toEqual([
    '1st',
    '2nd',
  ])
  const always = board([row('2nd', ['Sargent 3rd'], 1, 'with the pole'), row('3rd', ['whatever'])])
  // "✓ always with the pole" is a line of its own under the condition.
  expect(shown(fitBoard(always, { lines: 3, charsPerLine: 30 }))).toEqual(['2nd', '3rd'])
  expect(shown(fitBoard(always, { lines: 2, charsPerLine: 30 }))).toEqual([])
})

test('a condition counts the lines it wraps to; a row with none still takes one', () => {
  expect(linesOf('Sargent 3rd or lower and Martin 5th', 12)).toBe(3)
  expect(linesOf('Sargent', 0)).toBe(1)
  expect(alwaysLine('with the pole')).toBe('✓ always with the pole')
  const empty = board([row('1st', []), row('2nd', [])])
  expect(shown(fitBoard(empty, { lines: 2, charsPerLine: 20 }))).toEqual(['1st', '2nd'])
})
