import { expect, test } from 'vitest'
import { listRaces } from '../../src/engine/calendar.ts'
import { makeSeason } from '../fixtures/build.ts'

test('races are numbered in calendar order: rounds in file order, races in round order', () => {
  const season = makeSeason({
    rounds: [
      { round: 1, name: 'Sebring', races: [race('r01'), race('r02')] },
      { round: 2, name: 'Miami', races: [race('r03')] },
    ],
  })
  expect(listRaces(season).map((r) => [r.index, r.race.id, r.round.name])).toEqual([
    [0, 'r01', 'Sebring'],
    [1, 'r02', 'Sebring'],
    [2, 'r03', 'Miami'],
  ])
})

function race(id: string) {
  return { id, name: id, type: 'race', date: '2024-03-14', results: `results/${id}.json` }
}
