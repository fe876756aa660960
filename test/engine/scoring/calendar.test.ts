import { expect, test } from 'vitest'
import { listRaces } from '../../../src/engine/scoring/calendar.ts'
import { makeSeason } from '../../fixtures/build.ts'
import { shippedSeason } from '../../fixtures/shipped-season.ts'

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
  // Two races in one round and one in the other: numbered by race.
  expect(listRaces(season).map((r) => [r.numbering, r.label])).toEqual([
    ['race', 'R1'],
    ['race', 'R2'],
    ['race', 'R3'],
  ])
})

function race(id: string) {
  return { id, name: id, type: 'race', date: '2024-03-14', results: `results/${id}.json` }
}

test('race numbers as the series counts them: by race with two races a round (Carrera Cup R1–R16), by round where each round runs one race of a type (F1 2021: Great Britain’s sprint S10, its Grand Prix R10, Abu Dhabi R22)', async () => {
  const ccna = await shippedSeason('ccna/2023')
  expect(ccna.calendar.map((race) => race.label)).toEqual(
    Array.from({ length: 16 }, (_, i) => `R${i + 1}`),
  )
  const f1 = await shippedSeason('f1/2021')
  const labels = f1.calendar.map((race) => race.label)
  expect(labels.slice(9, 12)).toEqual(['S10', 'R10', 'R11'])
  expect(labels.at(-1)).toBe('R22')
  expect(labels).toHaveLength(25)
})
