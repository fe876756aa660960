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
