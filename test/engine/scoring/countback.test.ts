import { expect, test } from 'vitest'
import {
  compareCountback,
  compareHistograms,
  explainTie,
} from '../../../src/engine/scoring/countback.ts'
import { championshipScenarios } from '../../../src/engine/scenarios/scenarios.ts'
import { computeSeasonStandings } from '../../../src/engine/scoring/season-standings.ts'
import { tieBreakText } from '../../../src/model/tie-break-text.ts'
import {
  filesOf,
  finished,
  makeSeason,
  order,
  results,
  rounds,
  tableOf,
} from '../../fixtures/build.ts'
import { reproSeason } from '../../fixtures/repro-season.ts'

/** Place counts for entries given as lists of places achieved. */
function countsOf(...records: ReadonlyArray<ReadonlyArray<number>>) {
  const width = Math.max(...records.flat()) + 1
  const counts = new Int32Array(records.length * width)
  records.forEach((places, entry) =>
    places.forEach((place) => (counts[entry * width + place]! += 1)),
  )
  return { counts, width }
}

test('more wins come first, then more second places, and so on down', () => {
  expect(compareCountback(countsOf([1, 5], [2, 2, 2]), 0, 1)).toBeLessThan(0)
  expect(compareCountback(countsOf([1, 3], [1, 2]), 0, 1)).toBeGreaterThan(0)
  expect(compareCountback(countsOf([4, 9], [4, 10]), 0, 1)).toBeLessThan(0)
  expect(compareCountback(countsOf([2, 3], [3, 2]), 0, 1)).toBe(0)
})

test('the explanation names the first place where the records differ and the counts before it', () => {
  const places = countsOf([1, 1, 2, 2, 2], [1, 1, 2, 2, 3])
  expect(explainTie(places, 0, 1, 90)).toEqual({
    kind: 'countback',
    points: 90,
    place: 2,
    ahead: 3,
    behind: 2,
    shared: [2],
  })
  expect(explainTie(countsOf([3], [3]), 0, 1, 17)).toEqual({ kind: 'level', points: 17 })
  expect(explainTie(null, 0, 1, 17)).toEqual({ kind: 'level', points: 17 })
})

test('the explanation reads as a sentence', () => {
  const tie = {
    kind: 'countback',
    points: 212,
    place: 2,
    ahead: 5,
    behind: 4,
    shared: [3],
  } as const
  expect(tieBreakText(tie, 'Bellomo', 'Halcome')).toBe(
    'level on 212: both 3 wins; Bellomo 5 second places to 4',
  )
  const byWins = {
    kind: 'countback',
    points: 40,
    place: 1,
    ahead: 1,
    behind: 0,
    shared: [],
  } as const
  expect(tieBreakText(byWins, 'A', 'B')).toBe('level on 40: A 1 win to 0')
  const deep = {
    kind: 'countback',
    points: 0,
    place: 12,
    ahead: 1,
    behind: 0,
    shared: Array(11).fill(0),
  } as const
  expect(tieBreakText(deep, 'A', 'B')).toBe(
    'level on 0: same record down to 11th place; A 1 12th place to 0',
  )
  expect(tieBreakText({ kind: 'level', points: 12.5 }, 'A', 'B')).toBe(
    'level on 12.5 with A, place for place: position shared (B listed second by name)',
  )
})

test('one countback rule: the table and the scenarios compare place counts the same way', () => {
  const flat = countsOf([1, 3], [1, 2], [2, 2])
  const histogram = (entry: number) =>
    Array.from(flat.counts.subarray(entry * flat.width, (entry + 1) * flat.width))
  for (const [a, b] of [
    [0, 1],
    [1, 0],
    [1, 2],
    [0, 0],
  ] as const)
    expect(Math.sign(compareHistograms(histogram(a), histogram(b), Infinity))).toBe(
      Math.sign(compareCountback(flat, a, b)),
    )
  // Histograms of different lengths: a missing place counts 0.
  expect(compareHistograms([0, 1], [0, 1, 0, 2], Infinity)).toBeGreaterThan(0)
})

test('countbackPlaces: the scenarios compare places 1..N only', () => {
  // One 6th each; b also has a 7th. Every place: b ahead. The first six: level.
  expect(
    compareHistograms([0, 0, 0, 0, 0, 0, 1], [0, 0, 0, 0, 0, 0, 1, 1], Infinity),
  ).toBeGreaterThan(0)
  expect(compareHistograms([0, 0, 0, 0, 0, 0, 1], [0, 0, 0, 0, 0, 0, 1, 1], 6)).toBe(0)
  expect(compareHistograms([0, 0, 0, 0, 0, 0, 1], [0, 0, 0, 0, 0, 0, 2], 6)).toBeGreaterThan(0)
  expect(compareHistograms([0, 1], [0, 0, 5], 0)).toBe(0)
})

test('published: F1DB 1996 after Canada (countback over the six scoring places): Verstappen and Diniz level on 1, the 7th, 8th and 10th places of Diniz do not count', () => {
  // Source: F1DB driver standings 1996 round 8 (data-src/f1db/1996.json): Verstappen (6th in
  // Argentina) and Diniz (6th in Spain) on 1 point each. F1DB lists them 15th and 16th by who
  // scored first; countback over the six scoring places cannot separate them, so the engine
  // shares the place (docs/scoring-rules.md#countback).
  // Two races: Verstappen 6th then 8th, Diniz 7th then 6th (cars 1-5 ahead every time).
  const line = (...cars: ReadonlyArray<string>) => order(['1', '2', '3', '4', '5', ...cars])
  const races = [results('r01', line('ver', 'din')), results('r02', line('din', 'x1', 'ver'))]
  const drivers = ['1', '2', '3', '4', '5', 'ver', 'din', 'x1'].map((car) => ({
    id: `d${car}`,
    name: car === 'ver' ? 'Jos Verstappen' : car === 'din' ? 'Pedro Diniz' : `Driver ${car}`,
  }))
  const f1 = (countbackPlaces?: number) =>
    makeSeason({
      drivers,
      scoring: { race: { points: [10, 6, 4, 3, 2, 1], awardBy: 'overall' } },
      championships: [
        {
          id: 'drivers',
          name: 'Drivers',
          kind: 'drivers',
          ...(countbackPlaces ? { countbackPlaces } : {}),
        },
      ],
    })
  const limited = tableOf(computeSeasonStandings(f1(6), filesOf(...races)), 'drivers')
  const [verstappen, diniz] = limited.filter((row) => row.points === 1)
  expect([verstappen?.name, verstappen?.position, diniz?.name, diniz?.position]).toEqual([
    'Jos Verstappen',
    6,
    'Pedro Diniz',
    6,
  ])
  expect(diniz?.tieBreak).toEqual({ kind: 'level', points: 1, upTo: 6 })
  expect(tieBreakText(diniz!.tieBreak!, 'Verstappen', 'Diniz')).toBe(
    'level on 1 with Verstappen, same record in the top 6 (countback stops there): position shared (Diniz listed second by name)',
  )
  // Countback over every place: Diniz's 7th place (r01) puts him ahead on his own.
  const full = tableOf(computeSeasonStandings(f1(), filesOf(...races)), 'drivers')
  const level = full.filter((row) => row.points === 1)
  expect(level.map((row) => [row.name, row.position])).toEqual([
    ['Pedro Diniz', 6],
    ['Jos Verstappen', 7],
  ])
  expect(level[1]?.tieBreak).toMatchObject({ kind: 'countback', place: 7, ahead: 1, behind: 0 })
})

test('published: Bellomo and Halcome tied for the 2024 Masters title, 8 wins each; Bellomo won on second places, 5 to 4', () => {
  // Source: speedsport.com, "Carrera Cup North America completes season at COTA, crowns champs"
  // (October 2024). The races below are built to reproduce the tie, not the real results.
  const bellomoWins = new Set([0, 1, 2, 3, 4, 5, 6, 7])
  const halcomeSeconds = new Set([0, 1, 2, 3])
  const bellomoSeconds = new Set([8, 9, 10, 11, 12])
  // Bellomo: 8 wins, 5 seconds, 3 fourths = 200 + 100 + 42 = 342. Halcome: 8 wins, 4 seconds,
  // 4 fourths = 200 + 80 + 56 = 336, plus three poles = 342.
  const halcomePoles = new Set([13, 14, 15])
  const masters = (car: string, i: number) => ({
    class: 'am',
    driver: car === '7' ? 'bellomo' : car === '55' ? 'halcome' : `m${car}`,
    pole: car === '55' && halcomePoles.has(i),
  })
  const races = Array.from({ length: 16 }, (_, i) => {
    const [first, second] = bellomoWins.has(i) ? ['7', '55'] : ['55', '7']
    const line = [
      first,
      ...(halcomeSeconds.has(i) || bellomoSeconds.has(i) ? [second, '90'] : ['90', '91', second]),
    ]
    return results(
      `r${String(i + 1).padStart(2, '0')}`,
      order(line, Object.fromEntries(line.map((car) => [car, masters(car, i)]))),
    )
  })
  const season = makeSeason({
    rounds: rounds(16),
    drivers: [
      { id: 'bellomo', name: 'Chris Bellomo' },
      { id: 'halcome', name: 'Matt Halcome' },
      { id: 'm90', name: 'Other A' },
      { id: 'm91', name: 'Other B' },
    ],
  })
  const [bellomo, halcome] = tableOf(computeSeasonStandings(season, filesOf(...races)), 'am')
  expect([bellomo?.name, bellomo?.position, bellomo?.points]).toEqual(['Chris Bellomo', 1, 342])
  expect([halcome?.name, halcome?.position, halcome?.points]).toEqual(['Matt Halcome', 2, 342])
  expect([bellomo?.stats.wins, halcome?.stats.wins]).toEqual([8, 8])
  expect(halcome?.tieBreak).toMatchObject({ kind: 'countback', place: 2, ahead: 5, behind: 4 })
  expect(tieBreakText(halcome!.tieBreak!, 'Bellomo', 'Halcome')).toBe(
    'level on 342: both 8 wins; Bellomo 5 second places to 4',
  )
})

test('bug: countback-vacant-places: a place beyond the row count of the largest result file was ignored, so a 3rd and a 4th shared a position', async () => {
  // test/fixtures/repro/countback-vacant-places: one race, places 1–2 vacant, B2 3rd, A1 4th,
  // both on 0. Countback goes down every place either achieved (docs/scoring-rules.md#countback):
  // a 3rd beats a 4th, however few rows the result files have.
  const { season, files } = await reproSeason('countback-vacant-places')
  const alone = tableOf(computeSeasonStandings(season, files), 'drivers')
  expect(alone.map((row) => [row.name, row.position, row.points])).toEqual([
    ['Driver B2', 1, 0],
    ['Driver A1', 2, 0],
  ])
  expect(alone[1]?.tieBreak).toEqual({
    kind: 'countback',
    points: 0,
    place: 3,
    ahead: 1,
    behind: 0,
    shared: [0, 0],
  })
  // The scenarios, in the same order, agree: B2 champion, A1 out.
  const standings = computeSeasonStandings(season, files)
  const scenarios = championshipScenarios(standings, standings.championships[0]!, 0)
  expect(scenarios.rows.map((row) => [row.id, row.status])).toEqual([
    ['d2', 'clinched'],
    ['d1', 'eliminated'],
  ])
  // A later race with more cars changes nothing in the table after r01.
  const later = results('r02', [
    finished(1, { car: '3', driver: 'd3' }),
    finished(2, { car: '4', driver: 'd4' }),
    finished(3, { car: '5', driver: 'd5' }),
    finished(4, { car: '6', driver: 'd6' }),
    finished(5, { car: '7', driver: 'd7' }),
  ])
  const longer = {
    ...season,
    rounds: [...season.rounds, ...rounds(2).slice(1)],
    drivers: [
      ...season.drivers,
      ...[3, 4, 5, 6, 7].map((n) => ({ id: `d${n}`, name: `Driver ${n}` })),
    ],
  }
  const withLater = computeSeasonStandings(
    longer,
    new Map([...files, ['r02', { kind: 'results', results: later } as const]]),
  )
  expect(tableOf(withLater, 'drivers', 0)).toEqual(alone)
})

test('reading (d): a noPoints place counts in countback like any other place (and as a win in the statistics)', () => {
  // r01: d1 wins without points (noPoints), d2 second (20). r02: d3 wins (25), d1 second (20),
  // d2 out. d1 and d2 on 20: d1's win counts, 1 to 0.
  const races = [
    results('r01', [finished(1, { car: '1', noPoints: true }), finished(2, { car: '2' })]),
    results('r02', [finished(1, { car: '3' }), finished(2, { car: '1' })]),
  ]
  const season = makeSeason({
    rounds: rounds(2),
    championships: [{ id: 'pro', name: 'Pro', kind: 'drivers', classes: ['pro'] }],
  })
  const table = tableOf(computeSeasonStandings(season, filesOf(...races)), 'pro')
  const [first, second] = table.filter((row) => row.points === 20)
  expect([first?.id, first?.position, first?.stats.wins]).toEqual(['d1', 2, 1])
  expect([second?.id, second?.position]).toEqual(['d2', 3])
  expect(second?.tieBreak).toMatchObject({ kind: 'countback', place: 1, ahead: 1, behind: 0 })
})

test('reading (e): a sum team’s countback counts the place of every car of its classes, not only the cars that scored for it', () => {
  // carsPerRace 1, points 10-8-6-5. r01: t1 1st and 4th, t2 2nd and 3rd. r02: t2 1st, t1 2nd.
  // Both score 18 (10 + 8). Places of every car: t1 1, 4, 2; t2 2, 3, 1: t2's 3rd (a car that
  // did not score for it) puts t2 ahead. Counting the scoring cars only would leave them level.
  const races = [
    results('r01', order(['1', '2', '3', '4'], { '2': { team: 't2' }, '3': { team: 't2' } })),
    results('r02', order(['2', '1'], { '2': { team: 't2' } })),
  ]
  const season = makeSeason({
    rounds: rounds(2),
    scoring: { race: { points: [10, 8, 6, 5], awardBy: 'overall' } },
    championships: [{ id: 'teams', name: 'Teams', kind: 'teams', carsPerRace: 1 }],
  })
  const table = tableOf(computeSeasonStandings(season, filesOf(...races)), 'teams')
  expect(table.map((row) => [row.id, row.points, row.position])).toEqual([
    ['t2', 18, 1],
    ['t1', 18, 2],
  ])
  expect(table[1]?.tieBreak).toEqual({
    kind: 'countback',
    points: 18,
    place: 3,
    ahead: 1,
    behind: 0,
    shared: [1, 1],
  })
})
