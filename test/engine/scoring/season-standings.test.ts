import { expect, test } from 'vitest'
import { computeSeasonStandings } from '../../../src/engine/scoring/season-standings.ts'
import type { RaceFile } from '../../../src/engine/types.ts'
import {
  filesOf,
  makeSeason,
  order,
  pointsTable,
  results,
  rounds,
  tableOf,
} from '../../fixtures/build.ts'

test('published: after race 4 of 2023 Dickinson had 101 points and Sargent 83', () => {
  // Sources: racer.com 2023-04-16, speedcafe.com 2023-04-17 and 2023-05-08 (ccna-facts.md §1.1):
  // Dickinson won races 1-3 with pole and fastest lap, was 3rd in race 4; Sargent was 2nd in
  // all four, with the race-4 pole and one fastest lap.
  const season = makeSeason({
    drivers: [
      { id: 'riley-dickinson', name: 'Riley Dickinson', tags: ['junior'] },
      { id: 'tom-sargent', name: 'Tom Sargent' },
      { id: 'will-martin', name: 'Will Martin' },
    ],
  })
  const sweep = {
    '53': { driver: 'riley-dickinson', pole: true, fastestLap: true },
    '17': { driver: 'tom-sargent' },
  }
  const files = filesOf(
    results('r01', order(['53', '17'], sweep)),
    results('r02', order(['53', '17'], sweep)),
    results('r03', order(['53', '17'], sweep)),
    results(
      'r04',
      order(['9:will-martin', '17', '53'], {
        '17': { driver: 'tom-sargent', pole: true, fastestLap: true },
        '53': { driver: 'riley-dickinson' },
      }),
    ),
  )
  const standings = computeSeasonStandings(season, files)
  expect(pointsTable(tableOf(standings, 'pro'))).toEqual([
    ['riley-dickinson', 101],
    ['tom-sargent', 83],
    ['will-martin', 25],
  ])
  expect(tableOf(standings, 'pro')[1]).toMatchObject({ gapToLeader: 18, gapToNext: 18 })
  expect(pointsTable(tableOf(standings, 'junior'))).toEqual([['riley-dickinson', 101]])
})

test('only provisional and official results count; live, scheduled and invalid races are named, not scored', () => {
  const season = makeSeason({ rounds: rounds(5) })
  const files = new Map<string, RaceFile>([
    ...filesOf(results('r01', order(['1', '2'])), results('r02', order(['2', '1']), 'provisional')),
    ['r03', { kind: 'invalid', problems: ['results/r03.json: rows[0].class: "x" is not a class'] }],
    ...filesOf(results('r04', order(['1']), 'live'), results('r05', [], 'scheduled')),
  ])
  const standings = computeSeasonStandings(season, files)
  expect(standings.races.map((r) => r.kind)).toEqual([
    'scored',
    'scored',
    'invalid',
    'live',
    'scheduled',
  ])
  expect(standings.scored.map((s) => s.race.race.id)).toEqual(['r01', 'r02'])
  expect(pointsTable(tableOf(standings, 'pro'))).toEqual([
    ['d1', 45],
    ['d2', 45],
  ])
})

test('a race type without a scoring rule is invalid, never scored as zero', () => {
  const season = makeSeason({ rounds: rounds(2, { r02: { type: 'sprint' } }) })
  const standings = computeSeasonStandings(
    season,
    filesOf(results('r01', order(['1'])), results('r02', order(['2']))),
  )
  expect(standings.races[1]).toMatchObject({
    kind: 'invalid',
    problems: ['race type "sprint" has no scoring rule'],
  })
})

test('sprint places do not count for countback unless the rule says so', () => {
  const sprint = { points: [8, 7], awardBy: 'overall' } as const
  const race = { points: [25, 18, 15], awardBy: 'overall' } as const
  const season = makeSeason({
    rounds: rounds(3, { r01: { type: 'sprint' } }),
    scoring: { race, sprint },
    championships: [{ id: 'all', name: 'All', kind: 'drivers' }],
  })
  // d1: sprint win 8 + race 2nd 18 = 26 + race 3rd 15 = 41; d2: sprint 2nd 7 + race 1st 25 + 9th…
  const files = filesOf(
    results('r01', order(['1', '2'])),
    results('r02', order(['2', '1'])),
    results('r03', order(['3', '1', '2'])),
  )
  const rows = tableOf(computeSeasonStandings(season, files), 'all')
  // d1 = 8 + 18 + 18 = 44; d2 = 7 + 25 + 15 = 47; d3 = 25.
  expect(pointsTable(rows)).toEqual([
    ['d2', 47],
    ['d1', 44],
    ['d3', 25],
  ])
  expect(rows.find((r) => r.id === 'd1')?.stats).toMatchObject({
    wins: 0,
    podiums: 2,
    bestFinish: 2,
  })
  const counted = makeSeason({
    ...season,
    scoring: { race, sprint: { ...sprint, countback: true } },
  })
  expect(
    tableOf(computeSeasonStandings(counted, files), 'all').find((r) => r.id === 'd1')?.stats.wins,
  ).toBe(1)
})

test('a sprint win breaks no tie by default: level drivers go to the race places', () => {
  const season = makeSeason({
    rounds: rounds(2, { r01: { type: 'sprint' } }),
    scoring: {
      race: { points: [10, 8], awardBy: 'overall' },
      sprint: { points: [10, 8], awardBy: 'overall' },
    },
    championships: [{ id: 'all', name: 'All', kind: 'drivers' }],
  })
  const rows = tableOf(
    computeSeasonStandings(
      season,
      filesOf(results('r01', order(['1', '2'])), results('r02', order(['2', '1']))),
    ),
    'all',
  )
  expect(rows.map((r) => [r.id, r.points, r.tieBreak?.kind ?? null])).toEqual([
    ['d2', 18, null],
    ['d1', 18, 'countback'],
  ])
})

test('a cup counts only its races, and its table still has a step after every race', () => {
  const season = makeSeason({
    championships: [{ id: 'cup', name: 'Cup', kind: 'drivers', races: ['r02', 'r03'] }],
  })
  const files = filesOf(
    results('r01', order(['1', '2'])),
    results('r02', order(['2', '1'])),
    results('r03', order(['2', '1'])),
  )
  const standings = computeSeasonStandings(season, files)
  expect(tableOf(standings, 'cup', 0)).toEqual([])
  expect(pointsTable(tableOf(standings, 'cup', 2))).toEqual([
    ['d2', 50],
    ['d1', 40],
  ])
})

test('adjustments count from the standings after their race on, and are never dropped', () => {
  const season = makeSeason({
    rounds: rounds(3),
    championships: [
      { id: 'pro', name: 'Pro', kind: 'drivers', classes: ['pro'], drops: { worst: 1 } },
    ],
    adjustments: [
      {
        championship: 'pro',
        driver: 'd2',
        points: -30,
        afterRace: 'r02',
        reason: 'Sporting penalty',
      },
      { championship: 'pro', driver: 'd9', points: 5, afterRace: 'r03', reason: 'Points restored' },
    ],
  })
  const files = filesOf(
    results('r01', order(['1', '2'])),
    results('r02', order(['1', '2'])),
    results('r03', order(['2', '1'])),
  )
  const standings = computeSeasonStandings(season, files)
  const at = (step: number) =>
    tableOf(standings, 'pro', step).map((r) => [r.id, r.points, r.adjustments])
  expect(at(0)).toEqual([
    ['d1', 0, 0],
    ['d2', 0, 0],
  ])
  expect(at(1)).toEqual([
    ['d1', 25, 0],
    ['d2', -10, -30],
  ])
  expect(at(2)).toEqual([
    ['d1', 50, 0],
    ['d2', 15, -30],
    ['d9', 5, 5],
  ])
})

test('published: Racing Point were docked 15 constructors points in 2020 and finished with 195', () => {
  // Source: FIA stewards' decision on the brake ducts (August 2020) and the 2020 constructors'
  // classification: 210 scored, 195 counted. The races are built to add up to 210.
  const season = makeSeason({
    rounds: rounds(3),
    scoring: { race: { points: [25, 18, 15, 12, 10, 8, 6, 4, 2, 1], awardBy: 'overall' } },
    teams: [{ id: 'racing-point', name: 'Racing Point' }],
    championships: [{ id: 'constructors', name: 'Constructors', kind: 'teams' }],
    adjustments: [
      {
        championship: 'constructors',
        team: 'racing-point',
        points: -15,
        afterRace: 'r01',
        reason: 'Brake duct design (FIA)',
      },
    ],
  })
  const topTen = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']
  const allRacingPoint = Object.fromEntries(topTen.map((car) => [car, { team: 'racing-point' }]))
  const files = filesOf(
    results('r01', order(topTen, allRacingPoint)), // 101
    results('r02', order(topTen, allRacingPoint)), // 101
    results('r03', order(['1', '2', '3', '4', '5', '6'], { '6': { team: 'racing-point' } })), // 8
  )
  const row = tableOf(computeSeasonStandings(season, files), 'constructors').find(
    (r) => r.id === 'racing-point',
  )
  expect([row?.pointsBeforeDrops, row?.adjustments, row?.points]).toEqual([195, -15, 195])
  expect(row?.races.reduce((sum, race) => sum + race.points, 0)).toBe(210)
})
