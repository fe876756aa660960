import { expect, test } from 'vitest'
import { chartLines } from '../../src/model/chart-lines.ts'
import { picks } from '../fixtures/picks.ts'
import { championship, shippedSeason, stepAfter } from '../fixtures/shipped-season.ts'

// The lines of a chart (docs/dashboard.md#charts).
const ccna2023 = await shippedSeason('ccna/2023')

test('published: after race 4 of 2023, Dickinson 101 and Sargent 83; 1st and 2nd; Sargent 18 behind', () => {
  const pro = championship(ccna2023, 'pro')
  const step = stepAfter(ccna2023, 'r04')
  const ids = ['riley-dickinson', 'tom-sargent']
  const end = (kind: 'gap' | 'points' | 'position') =>
    chartLines(picks(pro, ids), kind, false, step).map((line) => [line.name, line.values.at(-1)])
  expect(end('points')).toEqual([
    ['Riley Dickinson', 101],
    ['Tom Sargent', 83],
  ])
  expect(end('position')).toEqual([
    ['Riley Dickinson', 1],
    ['Tom Sargent', 2],
  ])
  expect(end('gap')).toEqual([
    ['Riley Dickinson', 0],
    ['Tom Sargent', 18],
  ])
  expect(chartLines(picks(pro, ids), 'points', false, step)[0]?.values).toHaveLength(step + 1)
})

test('an id not in the championship draws no line', () => {
  const pro = championship(ccna2023, 'pro')
  expect(
    chartLines(picks(pro, ['nobody', 'tom-sargent']), 'points', false, 3).map((l) => l.id),
  ).toEqual(['tom-sargent'])
})

test('lines across classes say whose class each measures in, by the whole name', () => {
  const lines = chartLines(
    [
      { progression: championship(ccna2023, 'pro'), id: 'tom-sargent' },
      { progression: championship(ccna2023, 'pro-am'), id: 'efrin-castro' },
    ],
    'points',
    false,
    0,
  )
  expect(lines.map((line) => [line.name, 'shortName' in line])).toEqual([
    ['Tom Sargent (Pro)', false],
    ['Efrin Castro (Pro-Am)', false],
  ])
})

test('a short name the data gives rides with its line: Schwelm Cruz, 1953', async () => {
  const f1 = await shippedSeason('f1/1953')
  const lines = chartLines(
    picks(championship(f1, 'drivers'), ['adolfo-schwelm-cruz', 'alberto-ascari']),
    'points',
    false,
    0,
  )
  expect(lines.map((line) => [line.name, line.shortName])).toEqual([
    ['Adolfo Schwelm Cruz', 'Schwelm Cruz'],
    ['Alberto Ascari', undefined],
  ])
  expect('shortName' in lines[1]!).toBe(false)
})
