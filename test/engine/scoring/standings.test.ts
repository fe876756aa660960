import { expect, test } from 'vitest'
import { computeSeasonStandings } from '../../../src/engine/scoring/season-standings.ts'
import { standingsAt } from '../../../src/engine/scoring/standings.ts'
import { filesOf, makeSeason, order, out, results, rounds } from '../../fixtures/build.ts'

const season = makeSeason({
  rounds: rounds(3),
  championships: [
    { id: 'pro', name: 'Pro', kind: 'drivers', drops: { worst: 1, fromRace: 'r03' } },
  ],
})
const files = filesOf(
  results('r01', order(['1', '2', '3'])),
  results('r02', order(['2', '1', '3'])),
  results('r03', [...order(['3', '1']), out('dns', { car: '2' })]),
)
const progression = computeSeasonStandings(season, files).championships[0]!

test('a row has its position, the one before, gaps to the leader and to the row above', () => {
  const rows = standingsAt(progression, 1)
  expect(
    rows.map((r) => [r.id, r.position, r.previousPosition, r.points, r.gapToLeader, r.gapToNext]),
  ).toEqual([
    ['d1', 1, 1, 45, 0, 0],
    ['d2', 1, 2, 45, 0, 0],
    ['d3', 3, 3, 34, 11, 11],
  ])
})

test('the races listed are those up to the step; dropped races are named by id', () => {
  const rows = standingsAt(progression, 2)
  const d2 = rows.find((r) => r.id === 'd2')!
  expect(d2.races.map((r) => r.raceIndex)).toEqual([0, 1, 2])
  expect([d2.points, d2.pointsBeforeDrops, d2.dropped]).toEqual([45, 45, ['r03']])
  expect(standingsAt(progression, 0)[0]?.races).toHaveLength(1)
})

test('a step that does not exist gives an empty table', () => {
  expect(standingsAt(progression, 3)).toEqual([])
  expect(standingsAt(progression, -1)).toEqual([])
})
