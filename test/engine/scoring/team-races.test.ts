import { expect, test } from 'vitest'
import { listRaces } from '../../../src/engine/scoring/calendar.ts'
import { toScoredRace } from '../../../src/engine/scoring/scored-race.ts'
import { teamRacesOf } from '../../../src/engine/scoring/team-races.ts'
import type { TeamsChampionship } from '../../../src/engine/types.ts'
import { ccnaRule, makeSeason, order, out, results } from '../../fixtures/build.ts'

const season = makeSeason()
const race = listRaces(season)[0]!
const rows = [
  ...order(['1', '2', '3', '4', '5'], {
    '1': { team: 't1' },
    '2': { team: 't2', pole: true },
    '3': { team: 't1', fastestLap: true },
    '4': { team: 't1', class: 'am' },
    '5': { team: 't3', class: 'am' },
  }),
  out('dsq', { car: '6', team: 't4' }),
]
const scored = toScoredRace(race, ccnaRule, results('r01', rows))
const summary = (championship: TeamsChampionship) =>
  teamRacesOf(championship, scored).map((t) => [
    t.team,
    t.points,
    t.rank,
    t.cars.filter((_, i) => t.counted[i]).map((c) => c.car),
  ])

test('sum: a team scores all its cars, bonuses included', () => {
  expect(summary({ id: 'e', name: 'E', kind: 'teams' })).toEqual([
    ['t1', 25 + 18 + 25, null, ['1', '3', '4']],
    ['t2', 22, null, ['2']],
    ['t3', 20, null, ['5']],
    ['t4', 0, null, ['6']],
  ])
})

test('sum with carsPerRace counts only the best-scoring cars', () => {
  expect(summary({ id: 'e', name: 'E', kind: 'teams', carsPerRace: 2 })[0]).toEqual([
    't1',
    50,
    null,
    ['1', '4'],
  ])
})

test('sum limited to classes counts only cars of those classes', () => {
  expect(summary({ id: 'e', name: 'E', kind: 'teams', classes: ['am'] })).toEqual([
    ['t1', 25, null, ['4']],
    ['t3', 20, null, ['5']],
  ])
})

test('rank: teams ordered by their best classified car score the table points, no bonuses', () => {
  expect(summary({ id: 'e', name: 'E', kind: 'teams', method: 'rank' })).toEqual([
    ['t1', 25, 1, ['1']],
    ['t2', 20, 2, ['2']],
    ['t3', 17, 3, ['5']],
    ['t4', 0, null, []],
  ])
})

test('rank uses the race multiplier', () => {
  const half = toScoredRace(
    { ...race, race: { ...race.race, pointsMultiplier: 0.5 } },
    ccnaRule,
    results('r01', rows),
  )
  expect(
    teamRacesOf({ id: 'e', name: 'E', kind: 'teams', method: 'rank' }, half).map((t) => t.points),
  ).toEqual([12.5, 10, 8.5, 0])
})

test('sum with carsPerRace: on equal points the better-placed car is the one counted', () => {
  // t1's car 1 wins Pro (25) and car 4, behind it on the road, wins Am (25).
  expect(summary({ id: 'e', name: 'E', kind: 'teams', carsPerRace: 1 })[0]).toEqual([
    't1',
    25,
    null,
    ['1'],
  ])
})

test('sum with carsPerRace counts the best-scoring cars, not the best-placed: 3rd in Pro (17) is left out for a Pro-Am win (25) and 2nd (20)', () => {
  const mixed = toScoredRace(
    race,
    ccnaRule,
    results(
      'r01',
      order(['1', '2', '3', '4', '5'], {
        '1': { team: 't2' },
        '2': { team: 't2' },
        '3': { team: 't1' },
        '4': { team: 't1', class: 'pro-am' },
        '5': { team: 't1', class: 'pro-am' },
      }),
    ),
  )
  const t1 = teamRacesOf({ id: 'e', name: 'E', kind: 'teams', carsPerRace: 2 }, mixed)[1]!
  expect([t1.team, t1.points, t1.counted]).toEqual(['t1', 45, [false, true, true]])
})

test('sum with carsPerRace: penalty points count as the cars scored them — best 2 of 25, −2 and −3 is 23', () => {
  const penalised = toScoredRace(
    race,
    ccnaRule,
    results('r01', [
      ...order(['1']),
      out('dnf', { car: '2', penaltyPoints: 2 }),
      out('dnf', { car: '3', penaltyPoints: 3 }),
    ]),
  )
  const [t1] = teamRacesOf({ id: 'e', name: 'E', kind: 'teams', carsPerRace: 2 }, penalised)
  expect([t1?.points, t1?.counted]).toEqual([23, [true, true, false]])
  // With one car counted, the winner's 25; with all, 25 − 2 − 3.
  expect(
    teamRacesOf({ id: 'e', name: 'E', kind: 'teams', carsPerRace: 1 }, penalised)[0]?.points,
  ).toBe(25)
  expect(teamRacesOf({ id: 'e', name: 'E', kind: 'teams' }, penalised)[0]?.points).toBe(20)
})

test('sum with carsPerRace at or above a team’s cars counts every car of it', () => {
  const two = teamRacesOf({ id: 'e', name: 'E', kind: 'teams', carsPerRace: 2 }, scored)
  const three = teamRacesOf({ id: 'e', name: 'E', kind: 'teams', carsPerRace: 3 }, scored)
  // t1 has three cars (1, 3, 4); t2, t3 and t4 one each.
  expect(two.map((t) => [t.team, t.points, t.counted])).toEqual([
    ['t1', 50, [true, false, true]],
    ['t2', 22, [true]],
    ['t3', 20, [true]],
    ['t4', 0, [true]],
  ])
  expect(three.map((t) => [t.team, t.points, t.counted])).toEqual([
    ['t1', 68, [true, true, true]],
    ['t2', 22, [true]],
    ['t3', 20, [true]],
    ['t4', 0, [true]],
  ])
})
