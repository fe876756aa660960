import { expect, test } from 'vitest'
import { computeSeasonStandings } from '../../../src/engine/scoring/season-standings.ts'
import type { Championship, Season } from '../../../src/engine/types.ts'
import {
  filesOf,
  finished,
  makeSeason,
  order,
  out,
  pointsTable,
  results,
  rounds,
  tableOf,
} from '../../fixtures/build.ts'

const simple = (championships: ReadonlyArray<Championship>, extra: Partial<Season> = {}) =>
  makeSeason({
    scoring: { race: { points: [10, 6, 4, 3, 2, 1], awardBy: 'overall' } },
    championships,
    ...extra,
  })
const all: Championship = { id: 'all', name: 'All', kind: 'drivers' }

test('the standings after each race add that race to the standings before it', () => {
  const season = simple([all])
  const files = filesOf(
    results('r01', order(['1', '2', '3'])),
    results('r02', order(['3', '2', '1'])),
  )
  const standings = computeSeasonStandings(season, files)
  expect(pointsTable(tableOf(standings, 'all', 0))).toEqual([
    ['d1', 10],
    ['d2', 6],
    ['d3', 4],
  ])
  // d1 and d3 have a win and a third each: level on everything, they share 1st (listed by name).
  const after2 = tableOf(standings, 'all', 1)
  expect(
    after2.map((r) => [r.id, r.points, r.position, r.previousPosition, r.gapToLeader, r.gapToNext]),
  ).toEqual([
    ['d1', 14, 1, 1, 0, 0],
    ['d3', 14, 1, 3, 0, 0],
    ['d2', 12, 3, 2, 2, 2],
  ])
  expect(after2[1]?.tieBreak).toEqual({ kind: 'level', points: 14 })
})

test('entries appear in the table from their first race, with the previous position unknown', () => {
  const files = filesOf(results('r01', order(['1'])), results('r02', order(['2', '1'])))
  const rows = tableOf(computeSeasonStandings(simple([all]), files), 'all', 1)
  expect(rows.map((r) => [r.id, r.previousPosition])).toEqual([
    ['d1', 1],
    ['d2', null],
  ])
})

test('drops: the worst results go from `fromRace` on, a race not started counts 0, `keep` races never go', () => {
  const championship: Championship = { ...all, drops: { worst: 2, fromRace: 'r04', keep: ['r05'] } }
  const season = simple([championship], { rounds: rounds(5) })
  const files = filesOf(
    results('r01', order(['1', '2'])), // d1 10, d2 6
    results('r02', order(['2'])), //      d1 —,  d2 10
    results('r03', order(['1', '2'])), // d1 10, d2 6
    results('r04', order(['2', '1'])), // d1 6,  d2 10
    results('r05', [out('dnf', { car: '2' }), ...order(['1'])]), // d1 10, d2 0 (kept)
  )
  const standings = computeSeasonStandings(season, files)
  const at = (step: number) =>
    tableOf(standings, 'all', step).map((r) => [r.id, r.points, r.pointsBeforeDrops, r.dropped])
  expect(at(2)).toEqual([
    ['d2', 22, 22, []],
    ['d1', 20, 20, []],
  ])
  // After r04: d1 drops r02 (0) and r04 (6); d2 drops r01 and r03 (6 each). Level on 20,
  // d2 is ahead on countback (2 wins each, d2 2 second places to 1): dropped places still count.
  expect(at(3)).toEqual([
    ['d2', 20, 32, ['r01', 'r03']],
    ['d1', 20, 26, ['r02', 'r04']],
  ])
  // r05 is kept: d2's 0 there cannot be dropped.
  expect(at(4)).toEqual([
    ['d1', 30, 36, ['r02', 'r04']],
    ['d2', 20, 32, ['r01', 'r03']],
  ])
})

test('published: Senna won the 1988 title 90 to 87 with the best 11 of 16 results, Prost had 105', () => {
  // Source: 1988 Formula One World Championship (FIA): 9-6-4-3-2-1, best 11 results count.
  const senna = ['dsq', 1, 'ret', 2, 1, 1, 2, 1, 1, 1, 1, 'ret', 6, 4, 1, 2] as const
  const prost = [1, 2, 1, 1, 2, 2, 1, 'ret', 2, 2, 2, 'ret', 1, 1, 2, 1] as const
  const season = makeSeason({
    rounds: rounds(16),
    scoring: { race: { points: [9, 6, 4, 3, 2, 1], awardBy: 'overall' } },
    championships: [{ id: 'drivers', name: 'Drivers', kind: 'drivers', drops: { worst: 5 } }],
  })
  const files = filesOf(
    ...senna.map((s, i) =>
      results(`r${String(i + 1).padStart(2, '0')}`, raceOf({ senna: s, prost: prost[i] ?? 'ret' })),
    ),
  )
  const standings = computeSeasonStandings(season, files)
  const rows = tableOf(standings, 'drivers').filter((r) => r.id === 'senna' || r.id === 'prost')
  expect(rows.map((r) => [r.id, r.position, r.points, r.pointsBeforeDrops])).toEqual([
    ['senna', 1, 90, 94],
    ['prost', 2, 87, 105],
  ])
})

test('published, after every race: 1988 counted the best 11 results as the season went (`best: 11`); `worst: 5` from the first race left Senna on 0 after race 3', () => {
  const senna = ['dsq', 1, 'ret', 2, 1, 1, 2, 1, 1, 1, 1, 'ret', 6, 4, 1, 2] as const
  const prost = [1, 2, 1, 1, 2, 2, 1, 'ret', 2, 2, 2, 'ret', 1, 1, 2, 1] as const
  const files = filesOf(
    ...senna.map((s, i) =>
      results(`r${String(i + 1).padStart(2, '0')}`, raceOf({ senna: s, prost: prost[i] ?? 'ret' })),
    ),
  )
  const table = (drops: { best: number } | { worst: number }, step: number) => {
    const season = makeSeason({
      rounds: rounds(16),
      scoring: { race: { points: [9, 6, 4, 3, 2, 1], awardBy: 'overall' } },
      championships: [{ id: 'drivers', name: 'Drivers', kind: 'drivers', drops }],
    })
    return tableOf(computeSeasonStandings(season, files), 'drivers', step)
      .filter((r) => r.id === 'senna' || r.id === 'prost')
      .map((r) => [r.id, r.points, r.pointsBeforeDrops])
  }
  expect(table({ worst: 5 }, 2)).toEqual([
    ['prost', 0, 24],
    ['senna', 0, 9],
  ])
  expect(table({ best: 11 }, 2)).toEqual([
    ['prost', 24, 24],
    ['senna', 9, 9],
  ])
  // After race 12 (Belgium) one result goes, a 0 each: Senna 75, Prost 72, as published.
  expect(table({ best: 11 }, 11)).toEqual([
    ['senna', 75, 75],
    ['prost', 72, 72],
  ])
  // After race 14 three go: Prost's 0, 0 and a 6 (90 scored, 84 counted).
  expect(table({ best: 11 }, 13)).toEqual([
    ['prost', 84, 90],
    ['senna', 79, 79],
  ])
  expect(table({ best: 11 }, 15)).toEqual([
    ['senna', 90, 94],
    ['prost', 87, 105],
  ])
})

/** A race where the named drivers finish where given and other cars fill the places around them. */
function raceOf(places: Readonly<Record<string, number | 'ret' | 'dsq'>>) {
  const named = Object.entries(places)
  const last = Math.max(...named.map(([, p]) => (typeof p === 'number' ? p : 0)))
  const rows = Array.from({ length: last }, (_, i) => {
    const driver = named.find(([, p]) => p === i + 1)?.[0] ?? `other-${i + 1}`
    return finished(i + 1, { car: driver, driver, team: 't2' })
  })
  const retired = named.flatMap(([driver, p]) =>
    typeof p === 'number' ? [] : [out(p === 'dsq' ? 'dsq' : 'dnf', { car: driver, driver })],
  )
  return [...rows, ...retired]
}

test('published: 1997, Schumacher excluded from the drivers’ championship after the last race — in every table before it, out of the last; nobody moves up', () => {
  // Source: F1DB driver standings 1997 (data-src/f1db/1997.json): after Japan (round 16)
  // Schumacher 78, Villeneuve 77; after Jerez Villeneuve 81, Frentzen 42 and no Schumacher.
  // Three races stand in for the season: d1 leads, and is excluded after r03.
  const season = simple([
    { ...all, excluded: [{ id: 'd1', afterRace: 'r03', reason: 'dangerous driving at r03' }] },
  ])
  const files = filesOf(
    results('r01', order(['1', '2', '3'])),
    results('r02', order(['1', '3', '2'])),
    results('r03', order(['2', '3', '1'])),
  )
  const standings = computeSeasonStandings(season, files)
  expect(pointsTable(tableOf(standings, 'all', 1))).toEqual([
    ['d1', 20],
    ['d2', 10],
    ['d3', 10],
  ])
  const last = tableOf(standings, 'all', 2)
  expect(last.map((r) => [r.id, r.points, r.position])).toEqual([
    ['d2', 20, 1],
    ['d3', 16, 2],
  ])
  // The races keep every result: d1 still finished 3rd in r03, and 3rd paid him, not d3.
  expect(standings.scored[2]?.rows.map((r) => [r.car, r.points])).toEqual([
    ['2', 10],
    ['3', 6],
    ['1', 4],
  ])
})

test('an exclusion without a race is from the start: the team is in no table (McLaren, constructors 2007)', () => {
  const season = simple([
    { id: 'teams', name: 'Teams', kind: 'teams', excluded: [{ id: 't1', reason: 'excluded' }] },
  ])
  const files = filesOf(
    results('r01', order(['1', '2'], { '2': { team: 't2' } })),
    results('r02', order(['2', '1'], { '2': { team: 't2' } })),
  )
  const standings = computeSeasonStandings(season, files)
  expect(pointsTable(tableOf(standings, 'teams', 0))).toEqual([['t2', 6]])
  expect(pointsTable(tableOf(standings, 'teams', 1))).toEqual([['t2', 16]])
})

test('a split season (drops.parts): each part counts its own best, after every race', () => {
  // Best 1 of r01–r02 plus best 1 of r03–r04 (F1 1967–80 counted e.g. best 5 of the first 6
  // plus best 4 of the last 5). docs/scoring-rules.md#drops has this example.
  const season = simple([{ ...all, drops: { parts: [{ best: 1, toRace: 'r02' }, { best: 1 }] } }])
  const files = filesOf(
    results('r01', order(['1', '5', '6'])),
    results('r02', order(['5', '1'])),
    results('r03', order(['5', '2', '6', '7', '8', '1'])),
    results('r04', order(['2', '5', '1'])),
  )
  const standings = computeSeasonStandings(season, files)
  const row = (step: number, id: string) => {
    const found = tableOf(standings, 'all', step).find((r) => r.id === id)
    return [found?.points, found?.pointsBeforeDrops, found?.dropped]
  }
  expect([0, 1, 2, 3].map((step) => row(step, 'd1'))).toEqual([
    [10, 10, []],
    [10, 16, ['r02']],
    [11, 17, ['r02']],
    [14, 21, ['r02', 'r03']],
  ])
  // d2 starts at r03: its two missed races are 0s of the first part, one of them discarded.
  expect([2, 3].map((step) => row(step, 'd2'))).toEqual([
    [6, 6, ['r01']],
    [10, 16, ['r01', 'r03']],
  ])
  // The same races with best 2 over the whole season: d1 keeps 10 + 6.
  const whole = computeSeasonStandings(simple([{ ...all, drops: { best: 2 } }]), files)
  expect(tableOf(whole, 'all', 3).find((r) => r.id === 'd1')?.points).toBe(16)
})

test('published: a championship’s own scoring — 1961, a win worth 9 to the driver and 8 to the constructor', () => {
  // Source: F1DB 1961 (data-src/f1db/1961.json): after Monaco, Moss (Lotus) 9 points and Lotus
  // 8 in the constructors' table. The teams' championship scores races by its own table.
  const season = simple(
    [
      all,
      {
        id: 'teams',
        name: 'Teams',
        kind: 'teams',
        scoring: { race: { points: [8, 6, 4, 3, 2, 1], awardBy: 'overall' } },
      },
    ],
    {
      scoring: { race: { points: [9, 6, 4, 3, 2, 1], awardBy: 'overall' } },
    },
  )
  const files = filesOf(results('r01', order(['1', '2'], { '2': { team: 't2' } })))
  const standings = computeSeasonStandings(season, files)
  expect(pointsTable(tableOf(standings, 'all', 0))).toEqual([
    ['d1', 9],
    ['d2', 6],
  ])
  expect(pointsTable(tableOf(standings, 'teams', 0))).toEqual([
    ['t1', 8],
    ['t2', 6],
  ])
})

test('published: a shared car splits its points — 1951 France, Fagioli and Fangio won together: Fagioli 4, Fangio 4 + the fastest lap he set', () => {
  // Source: F1DB race results 1951 round 4 (data-src/f1db/1951.json): car 8 shared, Fagioli 4
  // and Fangio 5 points. Teams score a shared car whole.
  const season = simple([all, { id: 'teams', name: 'Teams', kind: 'teams' }], {
    scoring: { race: { points: [8, 6, 4, 3, 2], awardBy: 'overall', bonuses: { fastestLap: 1 } } },
  })
  const files = filesOf(
    results('r01', [
      finished(1, {
        car: '8',
        drivers: ['d1', 'd2'],
        fastestLap: true,
        shares: [0.5, 0.5],
        fastestLapBy: 'd2',
      }),
      finished(2, { car: '3', team: 't2' }),
    ]),
  )
  const standings = computeSeasonStandings(season, files)
  const drivers = tableOf(standings, 'all', 0)
  expect(pointsTable(drivers)).toEqual([
    ['d3', 6],
    ['d2', 5],
    ['d1', 4],
  ])
  expect(drivers.find((r) => r.id === 'd2')?.stats.fastestLaps).toBe(1)
  expect(drivers.find((r) => r.id === 'd1')?.stats.fastestLaps).toBe(0)
  expect(pointsTable(tableOf(standings, 'teams', 0))).toEqual([
    ['t1', 9],
    ['t2', 6],
  ])
})

test('two exclusions and two adjustments: each applies from its race on, whoever raced yet', () => {
  // d3 is out from the start and first races in r02; d1 is out after r01. d2 gains 1 point after
  // r01 and loses 2 after r02 (docs/scoring-rules.md#exclusion, #adjustments).
  const season = simple(
    [
      {
        ...all,
        excluded: [
          { id: 'd1', afterRace: 'r01', reason: 'after the first race' },
          { id: 'd3', reason: 'from the start' },
        ],
      },
    ],
    {
      adjustments: [
        { championship: 'all', driver: 'd2', points: -2, afterRace: 'r02', reason: 'late' },
        { championship: 'all', driver: 'd2', points: 1, afterRace: 'r01', reason: 'early' },
      ],
    },
  )
  const files = filesOf(
    results('r01', order(['1', '2', '4'])),
    results('r02', order(['3', '2', '1'])),
  )
  const standings = computeSeasonStandings(season, files)
  expect(pointsTable(tableOf(standings, 'all', 0))).toEqual([
    ['d2', 7],
    ['d4', 4],
  ])
  expect(pointsTable(tableOf(standings, 'all', 1))).toEqual([
    ['d2', 11],
    ['d4', 4],
  ])
})

test('the dropped races are listed in calendar order, not in the order of their scores', () => {
  const season = simple([{ ...all, drops: { worst: 2 } }])
  const files = filesOf(
    results('r01', order(['2', '1'])),
    results('r02', order(['2', '3', '1'])),
    results('r03', order(['1', '2'])),
  )
  // d1: 6, 4, 10 — the 4 of r02 is the lowest, the 6 of r01 next.
  const d1 = tableOf(computeSeasonStandings(season, files), 'all', 2).find((r) => r.id === 'd1')
  expect([d1?.points, d1?.pointsBeforeDrops, d1?.dropped]).toEqual([10, 20, ['r01', 'r02']])
})

test('entries level on everything with the same name are listed by id, not by who raced first', () => {
  // Two drivers named alike (real seasons have had them, told apart only by id), a win and a
  // third each: d9, first on the road in race 1, is listed after d3.
  const drivers = makeSeason().drivers.map((d) =>
    d.id === 'd3' || d.id === 'd9' ? { ...d, name: 'Sam Lee' } : d,
  )
  const files = filesOf(
    results('r01', order(['9:d9', '5:d5', '3:d3'])),
    results('r02', order(['3:d3', '5:d5', '9:d9'])),
  )
  const rows = tableOf(computeSeasonStandings(simple([all], { drivers }), files), 'all', 1)
  expect(rows.map((r) => [r.id, r.name, r.points, r.position])).toEqual([
    ['d3', 'Sam Lee', 14, 1],
    ['d9', 'Sam Lee', 14, 1],
    ['d5', 'Driver 05', 12, 3],
  ])
})
