import { expect, test } from 'vitest'
import { listRaces } from '../../../src/engine/scoring/calendar.ts'
import { addRaceStats, readStats, STAT_SLOTS } from '../../../src/engine/scoring/entry-stats.ts'
import { toScoredRace } from '../../../src/engine/scoring/scored-race.ts'
import { teamRacesOf } from '../../../src/engine/scoring/team-races.ts'
import { ccnaRule, finished, makeSeason, order, out, results } from '../../fixtures/build.ts'

const race = listRaces(makeSeason())[0]!
const scored = toScoredRace(
  race,
  ccnaRule,
  results('r01', [
    ...order(['1', '2', '3'], {
      '1': { team: 't2' },
      '2': { pole: true },
      '3': { fastestLap: true },
    }),
    out('dnf', { car: '4' }),
    out('dns', { car: '5' }),
    finished(4, { car: '6', class: 'am' }),
  ]),
)

test('a driver: result, start, place stats from the countback place, flags counted', () => {
  const stats = new Int32Array(STAT_SLOTS * 3)
  const byCar = new Map(scored.rows.map((row) => [row.car, row]))
  addRaceStats(stats, 0, byCar.get('2')!, null)
  addRaceStats(stats, 1, byCar.get('5')!, null)
  addRaceStats(stats, 2, byCar.get('6')!, null)
  expect(readStats(stats, 0)).toEqual({
    results: 1,
    starts: 1,
    wins: 0,
    podiums: 1,
    poles: 1,
    fastestLaps: 0,
    dnfs: 0,
    bestFinish: 2,
  })
  expect(readStats(stats, 1)).toEqual({
    results: 1,
    starts: 0,
    wins: 0,
    podiums: 0,
    poles: 0,
    fastestLaps: 0,
    dnfs: 0,
    bestFinish: null,
  })
  // Car 6 is 4th overall but wins the Am class: the place is the class place.
  expect(readStats(stats, 2)).toMatchObject({ wins: 1, podiums: 1, bestFinish: 1 })
})

test('a team: every car counts towards starts, DNFs, flags and places (class places: 2nd, 3rd, Am win)', () => {
  const stats = new Int32Array(STAT_SLOTS)
  const t1 = teamRacesOf({ id: 'e', name: 'E', kind: 'teams' }, scored).find(
    (t) => t.team === 't1',
  )!
  addRaceStats(stats, 0, t1, null)
  expect(readStats(stats, 0)).toEqual({
    results: 1,
    starts: 4,
    wins: 1,
    podiums: 3,
    poles: 1,
    fastestLaps: 1,
    dnfs: 1,
    bestFinish: 1,
  })
})

test('place counts for countback are kept per entry', () => {
  const stats = new Int32Array(STAT_SLOTS * 2)
  const places = { counts: new Int32Array(2 * 8), width: 8 }
  addRaceStats(stats, 1, scored.rows[1]!, places)
  expect(Array.from(places.counts.subarray(8, 16))).toEqual([0, 0, 1, 0, 0, 0, 0, 0])
})

test('a season adds up race by race: every count grows, a 4th place is no podium, and the best finish is the best of all races, not the latest', () => {
  // r01: d1 wins, d2 2nd, d3 3rd with pole and fastest lap, d5 out; r02: d3 wins with pole and
  // fastest lap, d1 4th, d5 out again.
  const r01 = toScoredRace(
    race,
    ccnaRule,
    results('r01', [
      ...order(['1', '2', '3'], { '3': { pole: true, fastestLap: true } }),
      out('dnf', { car: '5' }),
    ]),
  )
  const r02 = toScoredRace(
    listRaces(makeSeason())[1]!,
    ccnaRule,
    results('r02', [
      ...order(['3', '2', '4', '1'], { '3': { pole: true, fastestLap: true } }),
      out('dnf', { car: '5' }),
    ]),
  )
  const entries = ['d5', 'd1', 'd3']
  const stats = new Int32Array(STAT_SLOTS * entries.length)
  for (const scoredRace of [r01, r02])
    for (const row of scoredRace.rows) {
      const entry = entries.indexOf(row.drivers[0] ?? '')
      if (entry >= 0) addRaceStats(stats, entry, row, null)
    }
  expect(entries.map((_, entry) => readStats(stats, entry))).toEqual([
    {
      results: 2,
      starts: 2,
      wins: 0,
      podiums: 0,
      poles: 0,
      fastestLaps: 0,
      dnfs: 2,
      bestFinish: null,
    },
    {
      results: 2,
      starts: 2,
      wins: 1,
      podiums: 1,
      poles: 0,
      fastestLaps: 0,
      dnfs: 0,
      bestFinish: 1,
    },
    {
      results: 2,
      starts: 2,
      wins: 1,
      podiums: 2,
      poles: 2,
      fastestLaps: 2,
      dnfs: 0,
      bestFinish: 1,
    },
  ])
})

test('place counts hold only the places countback compares: a place at or past the width is left out, never counted for the next entry', () => {
  // Width 4: places 1–3 (countbackPlaces: 3). Entry 0 is 3rd (car 3), then 4th (a Pro 4th).
  const stats = new Int32Array(STAT_SLOTS * 2)
  const places = { counts: new Int32Array(2 * 4), width: 4 }
  const fourth = toScoredRace(race, ccnaRule, results('r01', order(['1', '2', '3', '4']))).rows[3]!
  addRaceStats(stats, 0, scored.rows[2]!, places)
  addRaceStats(stats, 0, fourth, places)
  expect(Array.from(places.counts)).toEqual([0, 0, 0, 1, 0, 0, 0, 0])
  // The statistics still see the 4th place.
  expect(readStats(stats, 0)).toMatchObject({ results: 2, podiums: 1, bestFinish: 3 })
})

test('a rank team counts its rank, not its cars’ places, where the race counts for countback; where it does not (a sprint), no place at all', () => {
  const rank = { id: 'e', name: 'E', kind: 'teams', method: 'rank' } as const
  // t1 ranks 1st (car 1 wins) with cars 3rd (car 3) and out (car 4); t2 ranks 2nd with car 2.
  // By class place t2's car 2 is 2nd too; t1 would count a win, a 3rd and no place.
  const statsOf = (scoredRace: typeof scored) => {
    const teams = teamRacesOf(rank, scoredRace)
    const stats = new Int32Array(STAT_SLOTS * teams.length)
    teams.forEach((team, entry) => addRaceStats(stats, entry, team, null))
    return teams.map((team, entry) => {
      const { wins, podiums, bestFinish } = readStats(stats, entry)
      return [team.team, wins, podiums, bestFinish]
    })
  }
  const rows = [
    ...order(['1', '2', '3', '5'], {
      '2': { team: 't2' },
      '5': { team: 't3', class: 'am' },
    }),
    out('dnf', { car: '4' }),
  ]
  // t3's Am car wins its class (a class place 1) but the team ranks 3rd.
  expect(statsOf(toScoredRace(race, ccnaRule, results('r01', rows)))).toEqual([
    ['t1', 1, 1, 1],
    ['t2', 0, 1, 2],
    ['t3', 0, 1, 3],
  ])
  const sprint = toScoredRace(race, { ...ccnaRule, countback: false }, results('r01', rows))
  expect(statsOf(sprint)).toEqual([
    ['t1', 0, 0, null],
    ['t2', 0, 0, null],
    ['t3', 0, 0, null],
  ])
})
