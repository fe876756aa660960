import { expect, test } from 'vitest'
import { computeSeasonStandings } from '../../../src/engine/scoring/season-standings.ts'
import { entrySeries } from '../../../src/engine/scoring/progression-series.ts'
import { filesOf, finished, makeSeason, results } from '../../fixtures/build.ts'

const season = makeSeason()
const standings = computeSeasonStandings(
  season,
  filesOf(
    results('r01', [finished(1, { car: '1' }), finished(2, { car: '2' })]),
    results('r02', [
      finished(1, { car: '2' }),
      finished(2, { car: '3' }),
      finished(3, { car: '1' }),
    ]),
  ),
)
const drivers = standings.championships[0]!

test('points, positions and gaps after every race; null before the first result', () => {
  expect(entrySeries(drivers, 'd3')).toMatchObject({
    points: [null, 20],
    positions: [null, 3],
    gapToLeader: [null, 25],
  })
  expect(entrySeries(drivers, 'd1')).toMatchObject({
    points: [25, 42],
    positions: [1, 2],
    gapToLeader: [0, 3],
  })
  expect(entrySeries(drivers, 'd2')?.gapToLeader).toEqual([5, 0])
})

test('an unknown id has no series', () => {
  expect(entrySeries(drivers, 'nobody')).toBeNull()
})

test('with drops: the gap before drops is to the most points before drops, whoever leads after them', () => {
  // Worst 1: d1 25, missed, 25 → 50 (the missed race is the one dropped); d2 20, 25, 20 → 45 (65
  // before drops). After race 1 each has dropped its one result.
  const dropping = makeSeason({
    championships: [
      { id: 'pro', name: 'Pro', kind: 'drivers', classes: ['pro'], drops: { worst: 1 } },
    ],
  })
  const table = computeSeasonStandings(
    dropping,
    filesOf(
      results('r01', [finished(1, { car: '1' }), finished(2, { car: '2' })]),
      results('r02', [finished(1, { car: '2' }), finished(2, { car: '3' })]),
      results('r03', [finished(1, { car: '1' }), finished(2, { car: '2' })]),
    ),
  ).championships[0]!
  expect(entrySeries(table, 'd1')).toMatchObject({
    points: [0, 25, 50],
    pointsBeforeDrops: [25, 25, 50],
    gapToLeader: [0, 0, 0],
    gapToLeaderBeforeDrops: [0, 20, 15],
  })
  expect(entrySeries(table, 'd2')).toMatchObject({
    pointsBeforeDrops: [20, 45, 65],
    gapToLeaderBeforeDrops: [5, 0, 0],
  })
})

test('a short name the data gives rides with the series', () => {
  const named = makeSeason({
    drivers: [{ id: 'd1', name: 'Adolfo Schwelm Cruz', shortName: 'Schwelm Cruz' }],
  })
  const pro = computeSeasonStandings(named, filesOf(results('r01', [finished(1, { car: '1' })])))
    .championships[0]!
  expect(entrySeries(pro, 'd1')).toMatchObject({
    name: 'Adolfo Schwelm Cruz',
    shortName: 'Schwelm Cruz',
  })
  expect(entrySeries(drivers, 'd1')).not.toHaveProperty('shortName')
})
