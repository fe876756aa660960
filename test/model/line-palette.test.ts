import { expect, test } from 'vitest'
import { lineStyle, scaledDash, stableStyles } from '../../src/model/line-palette.ts'

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
