import { expect, test } from 'vitest'
import { computeSeasonStandings } from '../../src/engine/scoring/season-standings.ts'
import { buildSeasonModel } from '../../src/model/season-model.ts'
import { applyWhatIf, type ImaginedRace } from '../../src/model/what-if.ts'
import {
  filesOf,
  finished,
  makeSeason,
  order,
  pointsTable,
  results,
  tableOf,
} from '../fixtures/build.ts'
import { shippedFiles } from '../fixtures/shipped-season.ts'

const season = makeSeason()
const files = filesOf(
  results('r01', order(['1', '2', '3'])),
  results('r02', order(['1', '2', '3'])),
  results('r03', [finished(1, { car: '3', class: 'am' }), finished(2, { car: '1' })]),
)
const imagine = (
  race: string,
  order: ReadonlyArray<string>,
  extra: Partial<ImaginedRace> = {},
): ImaginedRace => ({
  by: 'entry',
  race,
  order,
  pole: null,
  fastestLap: null,
  ...extra,
})

test('an imagined race replaces the real one; each entry keeps the car, team and class of its latest result', () => {
  const whatIf = applyWhatIf(season, files, [imagine('r02', ['d3', 'd2', 'd1'], { pole: 'd2' })])
  expect(whatIf.races).toEqual(['r02'])
  const r02 = whatIf.files.get('r02')
  expect(
    r02?.kind === 'results' &&
      r02.results.rows.map((row) => [row.car, row.drivers, row.class, row.position, row.pole]),
  ).toEqual([
    ['3', ['d3'], 'am', 1, false],
    ['2', ['d2'], 'pro', 2, true],
    ['1', ['d1'], 'pro', 3, false],
  ])
  expect(r02?.kind === 'results' && r02.results.status).toBe('provisional')
})

test('a what-if starts at its first imagined race: later real results are set aside', () => {
  const whatIf = applyWhatIf(season, files, [imagine('r02', ['d2', 'd1'])])
  expect([...whatIf.files.keys()].toSorted()).toEqual(['r01', 'r02'])
  expect(pointsTable(tableOf(computeSeasonStandings(season, whatIf.files), 'pro'))).toEqual([
    ['d1', 45],
    ['d2', 45],
    ['d3', 17],
  ])
})

test('entries no result knows are left out and named', () => {
  const whatIf = applyWhatIf(season, files, [imagine('r04', ['ghost', 'd1'])])
  expect(whatIf.unknown).toEqual(['ghost'])
  const r04 = whatIf.files.get('r04')
  expect(r04?.kind === 'results' && r04.results.rows.map((row) => [row.car, row.position])).toEqual(
    [['1', 1]],
  )
})

test('a link made before entries names cars: each is read as the drivers of its latest result', () => {
  const whatIf = applyWhatIf(season, files, [
    { by: 'car', race: 'r04', order: ['3', '1'], pole: '1', fastestLap: null },
  ])
  expect(whatIf.byEntry).toEqual([imagine('r04', ['d3', 'd1'], { pole: 'd1' })])
})

test('a shared car is placed once, with the co-drivers who last raced it', () => {
  const shared = filesOf(
    results('r01', [finished(1, { car: '7', drivers: ['d1', 'd5'] }), finished(2, { car: '2' })]),
  )
  const whatIf = applyWhatIf(season, shared, [imagine('r02', ['d2', 'd5', 'd1'])])
  const r02 = whatIf.files.get('r02')
  expect(r02?.kind === 'results' && r02.results.rows.map((row) => [row.car, row.drivers])).toEqual([
    ['2', ['d2']],
    ['7', ['d1', 'd5']],
  ])
})

test('bug: what-if keyed by car number gave Nepveu’s imagined win (car 24) to Hall, who took car 24 later', async () => {
  const { season: ccna, files: real } = await shippedFiles('ccna/2023')
  const before = new Map(
    tableOf(computeSeasonStandings(ccna, real), 'pro').map((r) => [r.id, r.points]),
  )
  const model = buildSeasonModel(
    { season: ccna, files: real, imagined: [imagine('r16', ['thomas-nepveu', 'bayley-hall'])] },
    applyWhatIf,
  )
  const after = new Map(tableOf(model.standings, 'pro').map((r) => [r.id, r.points]))
  // Nepveu last raced car 24 in race 8; Hall raced car 24 from race 13 on.
  const realR16 = (id: string) =>
    computeSeasonStandings(ccna, real)
      .championships.find((p) => p.championship.id === 'pro')!
      .entries.find((e) => e.id === id)!
      .races.find((r) => r.raceIndex === 15)?.points ?? 0
  expect((after.get('thomas-nepveu') ?? 0) - (before.get('thomas-nepveu') ?? 0)).toBe(
    25 - realR16('thomas-nepveu'),
  )
  expect((after.get('bayley-hall') ?? 0) - (before.get('bayley-hall') ?? 0)).toBe(
    20 - realR16('bayley-hall'),
  )
})

test('imagined results need the what-if code: the model refuses them without it, never shows the real standings as a what-if', async () => {
  const { season, files } = await shippedFiles('ccna/2023')
  expect(() =>
    buildSeasonModel({ season, files, imagined: [imagine('r16', ['thomas-nepveu'])] }),
  ).toThrow('imagined results need applyWhatIf')
})

test('a car no result knows is named; no pole or fastest lap picked is none; a race the season lacks is ignored', () => {
  const byCar = applyWhatIf(season, files, [
    { by: 'car', race: 'r04', order: ['99', '1'], pole: null, fastestLap: '2' },
  ])
  expect(byCar.unknown).toEqual(['99'])
  expect(byCar.byEntry).toEqual([imagine('r04', ['d1'], { fastestLap: 'd2' })])
  const r04 = byCar.files.get('r04')
  expect(r04?.kind === 'results' && r04.results.format).toBe('pitboard-results/1')
  const nowhere = applyWhatIf(season, files, [imagine('r99', ['d1'])])
  expect(nowhere.races).toEqual([])
  expect([...nowhere.files.keys()].toSorted()).toEqual(['r01', 'r02', 'r03'])
})

test('a scheduled race names no one; a co-driver who moved to another car leaves the old one', () => {
  const moved = filesOf(
    results('r01', [finished(1, { car: '7', drivers: ['d1', 'd5'] })]),
    results('r02', [finished(1, { car: '8', driver: 'd5' })]),
    results('r03', [finished(1, { car: '9', driver: 'd6' })], 'scheduled'),
  )
  const whatIf = applyWhatIf(season, moved, [imagine('r04', ['d6', 'd1', 'd5'])])
  expect(whatIf.unknown).toEqual(['d6'])
  const r04 = whatIf.files.get('r04')
  expect(r04?.kind === 'results' && r04.results.rows.map((row) => [row.car, row.drivers])).toEqual([
    ['7', ['d1']],
    ['8', ['d5']],
  ])
})
