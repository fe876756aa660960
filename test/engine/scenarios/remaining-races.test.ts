import { expect, test } from 'vitest'
import { finalRaceIndex, remainingRaces } from '../../../src/engine/scenarios/remaining-races.ts'
import { dropPolicy } from '../../../src/engine/scoring/drops.ts'
import { computeSeasonStandings } from '../../../src/engine/scoring/season-standings.ts'
import type { Season } from '../../../src/engine/types.ts'
import { ccnaRule, filesOf, finished, makeSeason, results, rounds } from '../../fixtures/build.ts'

// Four races r01–r04 (docs/scoring-rules.md#scenarios): r01 and r03 have official results.
const season = makeSeason()
const files = filesOf(
  results('r01', [finished(1, { car: '1', driver: 'd4' })]),
  results('r03', [finished(1, { car: '1', driver: 'd4' })]),
)
const standings = computeSeasonStandings(season, files)
const pro = season.championships[0]!
const noDrops = dropPolicy(pro, () => undefined)
const ids = (list: ReturnType<typeof remainingRaces>) => list.map((race) => race.race.race.id)

test('after race 3: race 4, and race 2, which has no result yet, are still to come', () => {
  expect(ids(remainingRaces(season, pro, standings.races, 2, noDrops))).toEqual(['r02', 'r04'])
  // Before any race, all four; shown after race 4, the two without a result still.
  expect(ids(remainingRaces(season, pro, standings.races, -1, noDrops))).toEqual([
    'r01',
    'r02',
    'r03',
    'r04',
  ])
  expect(ids(remainingRaces(season, pro, standings.races, 3, noDrops))).toEqual(['r02', 'r04'])
})

test('a race the championship does not count is never to come for it', () => {
  const some = { ...pro, races: ['r01', 'r04'] }
  expect(ids(remainingRaces(season, some, standings.races, 2, noDrops))).toEqual(['r04'])
})

test('what a car can take: the points by place with the multiplier, the bonuses and their condition', () => {
  const doubled: Season = {
    ...season,
    rounds: rounds(4, { r04: { pointsMultiplier: 2 } }),
    scoring: {
      race: { ...ccnaRule, bonuses: { pole: 2, fastestLap: 1, requireClassified: true } },
    },
  }
  const states = computeSeasonStandings(doubled, files).races
  const [r02, r04] = remainingRaces(doubled, pro, states, 2, noDrops)
  expect(r02?.prizes.slice(0, 3)).toEqual([25, 20, 17])
  expect(r04?.prizes.slice(0, 3)).toEqual([50, 40, 34])
  expect(r04).toMatchObject({ pole: 2, fastestLap: 1, requireClassified: true, awardBy: 'class' })
  expect(r02?.requireClassified).toBe(true)
  // Without the condition, a bonus counts for any car.
  expect(remainingRaces(season, pro, standings.races, 2, noDrops)[0]?.requireClassified).toBe(false)
})

test('the final standings come after the last race that can have a result', () => {
  expect(finalRaceIndex(season, standings.races)).toBe(3)
  // A last race of a type with no scoring rule (a test session) is not it.
  const withTest: Season = { ...season, rounds: rounds(4, { r04: { type: 'test' } }) }
  expect(finalRaceIndex(withTest, computeSeasonStandings(withTest, files).races)).toBe(2)
  // …nor is it a race still to come.
  const testStates = computeSeasonStandings(withTest, files).races
  expect(ids(remainingRaces(withTest, pro, testStates, 2, noDrops))).toEqual(['r02'])
  // Only the first race can have one.
  const firstOnly: Season = { ...season, rounds: rounds(2, { r02: { type: 'test' } }) }
  expect(finalRaceIndex(firstOnly, computeSeasonStandings(firstOnly, files).races)).toBe(0)
  // No race can have a result: none.
  const noRules: Season = {
    ...season,
    rounds: rounds(2, { r01: { type: 'test' }, r02: { type: 'test' } }),
  }
  expect(finalRaceIndex(noRules, computeSeasonStandings(noRules, filesOf()).races)).toBe(-1)
})
