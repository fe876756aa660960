import { expect, test } from 'vitest'
import { cardGapLines } from '../../src/model/card-gap.ts'
import { chartAxisLabel } from '../../src/model/chart-lines.ts'
import { lineStyle } from '../../src/model/line-palette.ts'
import { picks } from '../fixtures/picks.ts'
import { buildSeasonModel } from '../../src/model/season-model.ts'
import { filesOf, makeSeason, order, results } from '../fixtures/build.ts'
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

test('the gap after drops, as the table counts it; no end value for an entry yet to race', () => {
  // A hand-made season (test/fixtures/build.ts), the worst race dropped. Race 1: Driver 01 wins,
  // Driver 02 second; race 2 the other way round, Driver 03 third; race 3 Driver 02 wins alone.
  // Before drops 45 against 70; Driver 02's 20 and Driver 01's 0 dropped: 45 against 50.
  const season = makeSeason({
    championships: [
      { id: 'pro', name: 'Pro', kind: 'drivers', classes: ['pro'], drops: { worst: 1 } },
    ],
  })
  const files = filesOf(
    results('r01', order(['1', '2'])),
    results('r02', order(['2', '1', '3'])),
    results('r03', order(['2'])),
  )
  const progression = buildSeasonModel({ season, files }).standings.championships[0]!
  const lines = cardGapLines(picks(progression, ['d1', 'd2', 'd3']), 2, none, [])
  expect(lines.map((l) => [l.endName, l.endValue])).toEqual([
    ['Driver 01', '−5'],
    ['Driver 02', 'leader'],
    ['Driver 03', '−33'],
  ])
  // After race 1 Driver 03 has not raced: a line with nothing at its end yet.
  const first = cardGapLines(picks(progression, ['d1', 'd3']), 0, none, [])
  expect(first.map((l) => [l.endName, l.endValue, l.values])).toEqual([
    ['Driver 01', 'leader', [0]],
    ['Driver 03', null, [null]],
  ])
})
