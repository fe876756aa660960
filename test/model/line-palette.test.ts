import { expect, test } from 'vitest'
import { lineStyle, scaledDash, stableStyles, styleOrderOf } from '../../src/model/line-palette.ts'
import { buildSeasonModel } from '../../src/model/season-model.ts'
import { shippedFiles } from '../fixtures/shipped-season.ts'

const order = [
  'dickinson',
  'sargent',
  'martin',
  'hart',
  'sedgwick',
  'clarke',
  'yardley',
  'llibre',
  'mccann',
]

test("bug: a driver's colour changed when another was unticked — each keeps the style of its final place", () => {
  const both = stableStyles(['sargent', 'martin'], order)
  const alone = stableStyles(['martin'], order)
  expect(both.get('martin')).toEqual(alone.get('martin'))
  expect(both.get('martin')).toEqual(lineStyle(2))
  expect(stableStyles(['martin', 'sargent'], order).get('sargent')).toEqual(lineStyle(1))
})

test('two picked entries that would share a style never do: the later takes the next free one', () => {
  // Dickinson is 1st and McCann 9th: the same slot of eight.
  const styles = stableStyles(['dickinson', 'mccann'], order)
  expect(styles.get('dickinson')).toEqual(lineStyle(0))
  expect(styles.get('mccann')).toEqual(lineStyle(1))
})

test('one palette, two backgrounds: the page follows the theme, the cards use its dark values', () => {
  expect(lineStyle(0)).toMatchObject({ onDark: '#e69f00', marker: 'circle' })
  expect(lineStyle(0).color).toBe('light-dark(#d55e00, #e69f00)')
  expect(lineStyle(1).color).toContain(lineStyle(1).onDark)
  expect(lineStyle(8)).toEqual(lineStyle(0))
  expect(scaledDash(lineStyle(3).dash, 3)).toBe('30 9 6 9')
})

test("a solid line stays solid at any thickness: '' scales to '', never to a dash of 0", () => {
  expect(lineStyle(0).dash).toBe('')
  expect(scaledDash(lineStyle(0).dash, 3)).toBe('')
  expect(scaledDash(lineStyle(1).dash, 2)).toBe('12 6')
})

test('an entry not in the final table takes the slot after the last place (nine places: slot 1)', () => {
  // finalOrder has nine entries, so a newcomer's place is 9, slot 9 % 8 = 1 — not slot 0.
  expect(stableStyles(['newcomer'], order).get('newcomer')).toEqual(lineStyle(1))
  expect(stableStyles(['newcomer'], order.slice(0, 3)).get('newcomer')).toEqual(lineStyle(3))
})

test('nine picked entries: eight slots taken, the ninth keeps its own slot (shared) and the search ends', () => {
  // McCann is 9th: slot 0, Dickinson's. All eight are taken, so after eight tries it stays.
  const styles = stableStyles(order, order)
  expect(order.map((id) => styles.get(id))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 0].map(lineStyle))
})

test('the style order is the final tables one after another; a championship the season lacks adds nothing', async () => {
  const { season, files } = await shippedFiles('ccna/2023')
  const model = buildSeasonModel({ season, files })
  const last = model.standings.scored.length - 1
  const pro =
    model
      .championship('pro')
      ?.table(last)
      .map((row) => row.id) ?? []
  // Published: Riley Dickinson the 2023 Pro champion, Kellymoss the teams' champion.
  expect(pro[0]).toBe('riley-dickinson')
  const both = styleOrderOf(model, ['pro', 'teams'])
  expect(both.slice(0, pro.length)).toEqual(pro)
  expect(both[pro.length]).toBe('kellymoss')
  expect(styleOrderOf(model, ['no-such-championship'])).toEqual([])
  expect(styleOrderOf(model, ['pro', 'no-such-championship', 'teams'])).toEqual(both)
})
