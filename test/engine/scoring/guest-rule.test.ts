/**
 * The guest rule (docs/scoring-rules.md#guests): a car marked `guest` is not a championship
 * entry — it scores nothing, bonuses included, and takes no place for points: the cars behind it
 * in its class (or overall, per `awardBy`) move up a place for points. Its class position on the
 * road is still shown.
 */
import { expect, test } from 'vitest'
import { scoreRace, type ScoredRow } from '../../../src/engine/scoring/score-race.ts'
import { computeSeasonStandings } from '../../../src/engine/scoring/season-standings.ts'
import type { ResultRow, ScoringRule, Season } from '../../../src/engine/types.ts'
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

// IMSA Mustang Challenge 2026, Mid-Ohio race 2. The points scale by class position as the
// official points sheet pays it (its first eleven places), and the finishing order of the Dark
// Horse (DH) cars, with the two Dark Horse Limited (DHL) cars the brief places among them: Tait
// 9th overall, Salvatore 11th. #17 Jim Farley, a guest, was 10th overall and 9th of the DH cars;
// #21 Colin Harrison the next DH car. The sheet gives Farley nothing and Harrison the 220 of
// 9th. Car numbers other than #17 and #21, and Harrison's overall place after Salvatore (12th
// here, at least 12th in fact), are placeholders: no class place depends on them.
const MUSTANG_POINTS = [350, 320, 300, 280, 260, 250, 240, 230, 220, 210, 200]
const mustangRule: ScoringRule = { points: MUSTANG_POINTS, awardBy: 'class' }

const DH_ORDER = [
  'anderson',
  'loftsgard',
  'lucas',
  'low',
  'satullo',
  'allaer',
  'pritt',
  'peterson',
] as const

type Extra = Partial<
  Pick<ResultRow, 'guest' | 'noPoints' | 'pole' | 'fastestLap' | 'penaltyPoints'>
>

/** Mid-Ohio race 2 as rows, with `farley`'s extra fields (guest, noPoints, pole …). */
function midOhioRace2(farley: Extra = { guest: true }): Array<ResultRow> {
  return [
    ...DH_ORDER.map((driver, i) =>
      finished(i + 1, { car: String(101 + i), driver, class: 'dh', team: 'dh-team' }),
    ),
    finished(9, { car: '47', driver: 'tait', class: 'dhl', team: 'dhl-team' }),
    {
      ...finished(10, { car: '17', driver: 'farley', class: 'dh', team: 'guest-team' }),
      ...farley,
    },
    finished(11, { car: '48', driver: 'salvatore', class: 'dhl', team: 'dhl-team' }),
    finished(12, { car: '21', driver: 'harrison', class: 'dh', team: 'dh-team' }),
  ]
}

const byDriver = (rows: ReadonlyArray<ScoredRow>, driver: string) =>
  rows.find((row) => row.drivers.includes(driver))

const pointsByDriver = (rows: ReadonlyArray<ScoredRow>) =>
  rows.map((row) => [row.drivers[0], row.classPosition, row.place, row.points])

test('guest: the next car of the class takes the place’s points (Mustang Challenge 2026, Mid-Ohio race 2: Harrison 9th of DH for points, 220)', () => {
  const scored = scoreRace(midOhioRace2(), mustangRule)
  // [driver, class position on the road, place for points, points]
  expect(pointsByDriver(scored)).toEqual([
    ['anderson', 1, 1, 350],
    ['loftsgard', 2, 2, 320],
    ['lucas', 3, 3, 300],
    ['low', 4, 4, 280],
    ['satullo', 5, 5, 260],
    ['allaer', 6, 6, 250],
    ['pritt', 7, 7, 240],
    ['peterson', 8, 8, 230],
    ['tait', 1, 1, 350],
    ['farley', 9, null, 0],
    ['salvatore', 2, 2, 320],
    ['harrison', 10, 9, 220],
  ])
  // The place for points is what countback counts; the class position stays the one on the road.
  expect(byDriver(scored, 'harrison')).toMatchObject({ classPosition: 10, countbackPlace: 9 })
  expect(byDriver(scored, 'farley')).toMatchObject({ guest: true, countbackPlace: null })
})

test('guest with awardBy overall: the cars behind it overall move up, whatever their class', () => {
  const scored = scoreRace(midOhioRace2(), { ...mustangRule, awardBy: 'overall' })
  expect(
    ['tait', 'farley', 'salvatore', 'harrison'].map((d) => {
      const row = byDriver(scored, d)
      return [d, row?.position, row?.place, row?.points]
    }),
  ).toEqual([
    ['tait', 9, 9, 220],
    ['farley', 10, null, 0],
    ['salvatore', 11, 10, 210],
    ['harrison', 12, 11, 200],
  ])
})

test('noPoints against guest: a noPoints car keeps its place and its points go to nobody; a guest’s go to the car behind', () => {
  const noPoints = scoreRace(midOhioRace2({ noPoints: true }), mustangRule)
  expect(byDriver(noPoints, 'farley')).toMatchObject({ classPosition: 9, place: 9, points: 0 })
  expect(byDriver(noPoints, 'harrison')).toMatchObject({
    classPosition: 10,
    place: 10,
    points: 210,
  })
  const guest = scoreRace(midOhioRace2({ guest: true }), mustangRule)
  expect(byDriver(guest, 'harrison')).toMatchObject({ classPosition: 10, place: 9, points: 220 })
})

test('reading (g): a guest’s pole and fastest lap score nothing and pass to nobody; its penalty points take nothing off', () => {
  const rule: ScoringRule = { ...mustangRule, bonuses: { pole: 10, fastestLap: 5 } }
  const scored = scoreRace(
    midOhioRace2({ guest: true, pole: true, fastestLap: true, penaltyPoints: 20 }),
    rule,
  )
  expect(byDriver(scored, 'farley')).toMatchObject({
    pole: true,
    fastestLap: true,
    polePoints: 0,
    fastestLapPoints: 0,
    penaltyPoints: 0,
    points: 0,
  })
  // Nobody else of the class takes the bonuses.
  const dh = scored.filter((row) => row.class === 'dh')
  expect(dh.reduce((sum, row) => sum + row.polePoints + row.fastestLapPoints, 0)).toBe(0)
})

test('reading (a): a guest on the same fastest-lap time counts in the split; its share goes to nobody', () => {
  const rule: ScoringRule = { ...mustangRule, bonuses: { fastestLap: 6 } }
  const rows = midOhioRace2({ guest: true, fastestLap: true }).map((row) =>
    row.drivers[0] === 'harrison' ? { ...row, fastestLap: true } : row,
  )
  const scored = scoreRace(rows, rule)
  expect(
    [byDriver(scored, 'farley'), byDriver(scored, 'harrison')].map((r) => r?.fastestLapPoints),
  ).toEqual([0, 3])
})

test('guest: the fastest-lap condition reads the place for points (Harrison 10th on the road, 9th for points)', () => {
  const rule: ScoringRule = { ...mustangRule, bonuses: { fastestLap: 5, fastestLapMaxPosition: 9 } }
  const rows = midOhioRace2().map((row) =>
    row.drivers[0] === 'harrison' ? { ...row, fastestLap: true } : row,
  )
  expect(byDriver(scoreRace(rows, rule), 'harrison')?.fastestLapPoints).toBe(5)
})

test('guest: an unclassified guest changes nothing behind it', () => {
  const scored = scoreRace([...order(['1', '2']), out('dnf', { car: '3', guest: true })], {
    points: [3, 2, 1],
    awardBy: 'class',
  })
  expect(scored.map((row) => [row.car, row.place, row.points])).toEqual([
    ['1', 1, 3],
    ['2', 2, 2],
    ['3', null, 0],
  ])
})

/** The Mid-Ohio race as a one-race season: DH and DHL drivers' championships, teams by sum and rank. */
function mustangSeason(): Season {
  const drivers = [...DH_ORDER, 'tait', 'farley', 'salvatore', 'harrison']
  return makeSeason({
    classes: [
      { id: 'dh', name: 'Dark Horse' },
      { id: 'dhl', name: 'Dark Horse Limited' },
    ],
    drivers: drivers.map((id) => ({ id, name: id[0]!.toUpperCase() + id.slice(1) })),
    teams: ['dh-team', 'dhl-team', 'guest-team'].map((id) => ({ id, name: id })),
    rounds: rounds(2),
    scoring: { race: mustangRule },
    championships: [
      { id: 'dh', name: 'DH', kind: 'drivers', classes: ['dh'] },
      { id: 'all', name: 'All', kind: 'drivers' },
      { id: 'teams', name: 'Teams', kind: 'teams' },
      { id: 'ranked', name: 'Ranked', kind: 'teams', method: 'rank' },
    ],
  })
}

test('reading (h): a guest is no championship entry — in no table, its team not ranked by it, Harrison on 220', () => {
  const standings = computeSeasonStandings(mustangSeason(), filesOf(results('r01', midOhioRace2())))
  const dh = tableOf(standings, 'dh')
  expect(dh.map((row) => row.id)).not.toContain('farley')
  expect(pointsTable(dh).slice(-2)).toEqual([
    ['peterson', 230],
    ['harrison', 220],
  ])
  expect(tableOf(standings, 'all').map((row) => row.id)).not.toContain('farley')
  // A team of guest cars only is no entry either; by rank, the guest's 10th overall ranks nobody.
  expect(tableOf(standings, 'teams').map((row) => row.id)).not.toContain('guest-team')
  expect(pointsTable(tableOf(standings, 'ranked'))).toEqual([
    ['dh-team', 350],
    ['dhl-team', 320],
  ])
  // Statistics count the places countback counts: Harrison's best finish is 9th.
  expect(dh.find((row) => row.id === 'harrison')?.stats.bestFinish).toBe(9)
})

test('reading (h): a driver who is an entry through other races has no result where it was a guest', () => {
  const r02 = results('r02', [
    finished(1, { car: '17', driver: 'farley', class: 'dh', team: 'dh-team' }),
    finished(2, { car: '21', driver: 'harrison', class: 'dh', team: 'dh-team' }),
  ])
  const standings = computeSeasonStandings(
    mustangSeason(),
    filesOf(results('r01', midOhioRace2()), r02),
  )
  const farley = tableOf(standings, 'dh').find((row) => row.id === 'farley')
  expect(farley?.points).toBe(350)
  expect(farley?.races.map((race) => race.raceIndex)).toEqual([1])
  expect(farley?.stats.starts).toBe(1)
  // In the table from race 2 only: the guest race made no entry.
  expect(tableOf(standings, 'dh', 0).map((row) => row.id)).not.toContain('farley')
})

test('guest: countback reads the place for points, not the place on the road', () => {
  // 10-6-6: 2nd and 3rd pay the same. r01: Zed 3rd on the road behind a guest, 2nd for points.
  // r02: Able 3rd, Cole 2nd. Zed and Cole have a 2nd each, Able a 3rd: Able is behind on
  // countback. Read on the road, Zed and Able would be level (Able first by name).
  const season = makeSeason({
    drivers: ['ace', 'guest', 'zed', 'able', 'cole'].map((id) => ({
      id,
      name: id[0]!.toUpperCase() + id.slice(1),
    })),
    rounds: rounds(2),
    scoring: { race: { points: [10, 6, 6], awardBy: 'class' } },
    championships: [{ id: 'pro', name: 'Pro', kind: 'drivers' }],
  })
  const files = filesOf(
    results('r01', order(['1:ace', '2:guest', '3:zed'], { '2': { guest: true } })),
    results('r02', order(['1:ace', '4:cole', '5:able'])),
  )
  const table = tableOf(computeSeasonStandings(season, files), 'pro')
  expect(table.map((row) => [row.id, row.position, row.points])).toEqual([
    ['ace', 1, 20],
    ['cole', 2, 6],
    ['zed', 2, 6],
    ['able', 4, 6],
  ])
})
