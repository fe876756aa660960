import { expect, test } from 'vitest'
import { cardGapLines } from '../../src/model/card-gap.ts'
import { chartAxisLabel } from '../../src/model/chart-lines.ts'
import { lineStyle } from '../../src/model/line-palette.ts'
import { picks } from '../fixtures/picks.ts'
import { championship, shippedSeason, stepAfter } from '../fixtures/shipped-season.ts'

// The gap card's lines (docs/exporting.md#broadcast-graphics), over the shipped 2023 season.
const ccna2023 = await shippedSeason('ccna/2023')
const pro = championship(ccna2023, 'pro')
const none = () => false

test('published: after race 8 of 2023 Dickinson leads, Sargent 63 and Martin 76 behind', () => {
  const step = stepAfter(ccna2023, 'r08')
  const lines = cardGapLines(
    picks(pro, ['riley-dickinson', 'tom-sargent', 'will-martin']),
    step,
    none,
    [],
  )
  expect(lines.map((l) => [l.name, l.endName, l.endValue, l.values.length])).toEqual([
    ['Riley Dickinson', 'Dickinson', 'leader', 8],
    ['Tom Sargent', 'Sargent', '−63', 8],
    ['Will Martin', 'Martin', '−76', 8],
  ])
  expect(lines.map((l) => l.placeholder)).toEqual([false, false, false])
  // Each entry keeps the style the charts give it (line-palette.ts), in the order given.
  expect(lines.map((l) => l.style)).toEqual([lineStyle(0), lineStyle(1), lineStyle(2)])
  expect(chartAxisLabel('gap', false)).toBe('Points behind the leader')
})

test('across classes each line is measured to its own class leader and named with its class', () => {
  // After race 6: Dickinson 157, Sargent 103 in Pro; Castro led Pro-Am (published 125).
  const step = stepAfter(ccna2023, 'r06')
  const lines = cardGapLines(
    [
      { progression: pro, id: 'tom-sargent' },
      { progression: championship(ccna2023, 'pro-am'), id: 'efrin-castro' },
    ],
    step,
    (id) => id === 'efrin-castro',
    [],
  )
  expect(lines.map((l) => [l.endName, l.endValue, l.placeholder])).toEqual([
    ['Sargent (Pro)', '−54', false],
    ['Castro (Pro-Am)', 'leader', true],
  ])
  // The card's caption, the chart's axis and its summary say so alike (chart-lines.ts).
  expect(chartAxisLabel('gap', true)).toBe('Points behind the class leader')
})
