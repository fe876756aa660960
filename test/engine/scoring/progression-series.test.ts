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
