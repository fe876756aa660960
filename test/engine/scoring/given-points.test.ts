/**
 * Points given, not computed (docs/scoring-rules.md#given-points): a row with `given` points
 * scores them as the official sheet gives them — final, no points table, no multiplier, no bonus
 * condition — and its place is the place those points stand for on the scale, for countback.
 * Drops, countback and the scenarios read given races like any other: a season can begin
 * mid-year from the official sheet and every later race is scored by the engine.
 */
import { expect, test } from 'vitest'
import { championshipScenarios } from '../../../src/engine/scenarios/scenarios.ts'
import { scoreRace } from '../../../src/engine/scoring/score-race.ts'
import { computeSeasonStandings } from '../../../src/engine/scoring/season-standings.ts'
import type { GivenPoints, ResultRow, ScoringRule, Season } from '../../../src/engine/types.ts'
import { filesOf, finished, makeSeason, results, rounds, tableOf } from '../../fixtures/build.ts'

const rule: ScoringRule = {
  points: [10, 7, 5, 3, 1],
  awardBy: 'class',
  bonuses: { pole: 1, fastestLap: 1 },
}

/** A row of the sheet: `driver`'s `given` points, at the place they stand for on the scale. */
function given(place: number, driver: string, points: GivenPoints): ResultRow {
  return { ...finished(place, { car: driver.slice(1), driver }), given: points }
}

// Rounds 1 and 2 from the official sheet (round 2 pays double: given points are final, so it
// does not apply to them), round 3 scored by the engine, round 4 still to run.
const season: Season = makeSeason({
  drivers: ['d1', 'd2', 'd3', 'd4'].map((id) => ({ id, name: `Driver ${id}` })),
  rounds: rounds(4, { r02: { pointsMultiplier: 2 } }),
  scoring: { race: rule },
  championships: [
    {
      id: 'pro',
      name: 'Pro',
      kind: 'drivers',
      classes: ['pro'],
      drops: { worst: 1, fromRace: 'r03' },
    },
  ],
})
const r01 = results('r01', [
  given(1, 'd1', { race: 10, pole: 1 }),
  given(2, 'd2', { race: 7 }),
  given(3, 'd3', { race: 5 }),
  given(4, 'd4', { race: 3 }),
])
const r02 = results('r02', [
  given(1, 'd2', { race: 10, fastestLap: 1 }),
  given(2, 'd1', { race: 7 }),
  given(3, 'd4', { race: 5 }),
  given(4, 'd3', { race: 3 }),
])
const r03 = results('r03', [
  finished(1, { car: '3', driver: 'd3', pole: true }),
  finished(2, { car: '4', driver: 'd4' }),
  finished(3, { car: '1', driver: 'd1' }),
  finished(4, { car: '2', driver: 'd2', fastestLap: true }),
])
const standings = computeSeasonStandings(season, filesOf(r01, r02, r03))

test('given points: a row scores its given race, pole, fastest-lap and penalty points as given, not the table', () => {
  const [row] = scoreRace([given(3, 'd1', { race: 9, pole: 2, fastestLap: 1, penalty: 4 })], rule)
  expect(row).toMatchObject({
    place: 3,
    countbackPlace: 3,
    tablePoints: 9,
    positionPoints: 9,
    polePoints: 2,
    fastestLapPoints: 1,
    penaltyPoints: 4,
    points: 8,
    pole: true,
    fastestLap: true,
  })
})

test('given points are final: the race multiplier does not apply to them', () => {
  const [row] = scoreRace([given(1, 'd1', { race: 10 })], rule, { multiplier: 2 })
  expect([row?.multiplier, row?.positionPoints, row?.points]).toEqual([1, 10, 10])
  const after = tableOf(standings, 'pro', 1)
  expect(after.map((r) => [r.id, r.points])).toEqual([
    ['d1', 18],
    ['d2', 18],
    ['d3', 8],
    ['d4', 8],
  ])
})

test('given points: a season begun from the sheet, then scored by the engine (standings, drops, countback)', () => {
  const table = tableOf(standings, 'pro')
  // d1 11, 7, 5 and d2 7, 11, 4: each drops its round-3 score, level on 18.
  expect(table.map((r) => [r.id, r.pointsBeforeDrops, r.points, r.dropped])).toEqual([
    ['d1', 23, 18, ['r03']],
    ['d2', 22, 18, ['r03']],
    ['d3', 19, 16, ['r02']],
    ['d4', 15, 12, ['r01']],
  ])
  // Countback reads the given rows' places: one win and one second each, d1 a third to none.
  expect(table[1]?.tieBreak).toEqual({
    kind: 'countback',
    points: 18,
    place: 3,
    ahead: 1,
    behind: 0,
    shared: [1, 1],
  })
  expect(table[0]?.stats).toMatchObject({ wins: 1, poles: 1, fastestLaps: 0 })
  expect(table[1]?.stats).toMatchObject({ wins: 1, poles: 0, fastestLaps: 2 })
})

test('given points: the scenarios read a season begun from the sheet like any other', () => {
  const progression = standings.championships[0]
  if (progression === undefined) throw new Error('no championship')
  const scenarios = championshipScenarios(standings, progression, progression.steps.length - 1)
  // d1: 11, 7, 5 and 0 … 12 in round 4, the lowest of the four dropped.
  expect(scenarios.rows.map((r) => [r.id, r.minPoints, r.maxPoints, r.status])).toEqual([
    ['d1', 23, 30, 'contention'],
    ['d2', 22, 30, 'contention'],
    ['d3', 19, 28, 'contention'],
    ['d4', 15, 24, 'contention'],
  ])
})
