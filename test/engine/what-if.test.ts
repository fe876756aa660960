import { expect, test } from 'vitest'
import { computeSeasonStandings } from '../../src/engine/season-standings.ts'
import { applyWhatIf } from '../../src/engine/what-if.ts'
import {
  filesOf,
  finished,
  makeSeason,
  order,
  pointsTable,
  results,
  tableOf,
} from '../fixtures/build.ts'

const season = makeSeason()
const files = filesOf(
  results('r01', order(['1', '2', '3'])),
  results('r02', order(['1', '2', '3'])),
  results('r03', [finished(1, { car: '3', class: 'am' }), finished(2, { car: '1' })]),
)

test('an imagined race replaces the real one; cars keep their latest drivers, team and class', () => {
  const whatIf = applyWhatIf(season, files, [
    { race: 'r02', order: ['3', '2', '1'], pole: '2', fastestLap: null },
  ])
  expect(whatIf.races).toEqual(['r02'])
  const r02 = whatIf.files.get('r02')
  expect(
    r02?.kind === 'results' &&
      r02.results.rows.map((row) => [row.car, row.class, row.position, row.pole]),
  ).toEqual([
    ['3', 'am', 1, false],
    ['2', 'pro', 2, true],
    ['1', 'pro', 3, false],
  ])
  expect(r02?.kind === 'results' && r02.results.status).toBe('provisional')
})

test('a what-if starts at its first imagined race: later real results are set aside', () => {
  const whatIf = applyWhatIf(season, files, [
    { race: 'r02', order: ['2', '1'], pole: null, fastestLap: null },
  ])
  expect([...whatIf.files.keys()].toSorted()).toEqual(['r01', 'r02'])
  const standings = computeSeasonStandings(season, whatIf.files)
  expect(pointsTable(tableOf(standings, 'pro'))).toEqual([
    ['d1', 45],
    ['d2', 45],
    ['d3', 17],
  ])
})

test('cars no result knows are left out and named', () => {
  const whatIf = applyWhatIf(season, files, [
    { race: 'r04', order: ['99', '1'], pole: null, fastestLap: null },
  ])
  expect(whatIf.unknownCars).toEqual(['99'])
  const r04 = whatIf.files.get('r04')
  expect(r04?.kind === 'results' && r04.results.rows.map((row) => [row.car, row.position])).toEqual(
    [['1', 1]],
  )
})
