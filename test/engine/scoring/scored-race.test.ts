import { expect, test } from 'vitest'
import { listRaces } from '../../../src/engine/scoring/calendar.ts'
import { scoredFor, toScoredRace } from '../../../src/engine/scoring/scored-race.ts'
import type { Championship, ScoringRule } from '../../../src/engine/types.ts'
import { F1_POINTS, finished, makeSeason, results, rounds } from '../../fixtures/build.ts'

// A championship with scoring rules of its own (docs/scoring-rules.md#teams): Formula One
// 1958–59 gave constructors no fastest-lap point.
const withLap: ScoringRule = { points: F1_POINTS, awardBy: 'overall', bonuses: { fastestLap: 1 } }
const noLap: ScoringRule = { points: F1_POINTS, awardBy: 'overall' }
const season = makeSeason({ rounds: rounds(2), scoring: { race: withLap } })
const calendar = listRaces(season)
const scored = [0, 1].map((i) =>
  toScoredRace(
    calendar[i]!,
    withLap,
    results(calendar[i]!.race.id, [
      { ...finished(1, { car: '1' }), fastestLap: i === 0 },
      { ...finished(2, { car: '2' }), fastestLap: i === 1 },
    ]),
  ),
)
const drivers: Championship = { id: 'drivers', name: 'Drivers', kind: 'drivers' }
const pointsOf = (races: ReturnType<typeof scoredFor>) =>
  races.map((race) => race.rows.map((row) => row.points))

test('a championship without rules of its own reads the season’s scored races, shared', () => {
  expect(scoredFor(season, drivers, scored)).toBe(scored)
  expect(pointsOf(scored)).toEqual([
    [26, 18],
    [25, 19],
  ])
})

test('its own rule for a race type rescores those races; the same rule, or one for another type, shares them', () => {
  const constructors = { ...drivers, id: 'constructors', scoring: { race: noLap } }
  const rescored = scoredFor(season, constructors, scored)
  expect(pointsOf(rescored)).toEqual([
    [25, 18],
    [25, 18],
  ])
  const sameRule = scoredFor(season, { ...drivers, scoring: { race: withLap } }, scored)
  expect(sameRule.every((race, i) => race === scored[i])).toBe(true)
  const sprintOnly = scoredFor(season, { ...drivers, scoring: { sprint: noLap } }, scored)
  expect(sprintOnly.every((race, i) => race === scored[i])).toBe(true)
})
