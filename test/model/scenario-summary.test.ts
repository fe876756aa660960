import { expect, test } from 'vitest'
import { buildSeasonModel } from '../../src/model/season-model.ts'
import { pointsLeftSentence } from '../../src/model/scenario-summary.ts'
import { summaryOf } from '../../src/model/season-scenarios.ts'
import { shippedFiles } from '../fixtures/shipped-season.ts'

const ccna = buildSeasonModel(await shippedFiles('ccna/2023'))
const f1 = buildSeasonModel(await shippedFiles('f1/2021'))
const left = (model: typeof ccna, championship: string, after: string) => {
  const step = model.standings.scored.findIndex((r) => r.race.race.id === after)
  const summary = summaryOf(model, championship, step)
  return summary === null ? null : pointsLeftSentence(summary)
}

test('what one car can still score: 28 a Carrera Cup race (a win, the pole and the fastest lap)', () => {
  expect(left(ccna, 'pro', 'r10')).toBe('168 points still available to one driver (6 races).')
  expect(left(ccna, 'pro', 'r15')).toBe('28 points still available to one driver (1 race).')
  expect(left(ccna, 'pro', 'r16')).toBe('Season complete.')
})

test('published: 26 points left for Verstappen and Hamilton before Abu Dhabi 2021 (a win and the fastest lap)', () => {
  expect(left(f1, 'drivers', 'r21')).toBe('26 points still available to one driver (1 Grand Prix).')
})

test('bug: a constructors board said "125 points still available to one driver" — a team counts its cars: 215 (2016, 5 left)', async () => {
  const f1of2016 = buildSeasonModel(await shippedFiles('f1/2016'))
  // Published: Mercedes 1st and 2nd is 43 a Grand Prix (25 + 18; no fastest-lap point in 2016).
  expect(left(f1of2016, 'constructors', 'r16')).toBe(
    '215 points still available to one team (5 Grands Prix).',
  )
  expect(left(f1of2016, 'drivers', 'r16')).toBe(
    '125 points still available to one driver (5 Grands Prix).',
  )
  // The Carrera Cup's Entrants rank each team by its best car: one win a race.
  expect(left(ccna, 'teams', 'r01')).toBe('375 points still available to one team (15 races).')
})

test('bug: one point left read "1 points still available" — the noun follows the count', () => {
  const summary = {
    rows: [],
    outlook: null,
    permutations: null,
    pointsLeft: 1,
    racesLeft: 1,
    racesLeftCounted: '1 race',
    holder: 'driver' as const,
  }
  expect(pointsLeftSentence(summary)).toBe('1 point still available to one driver (1 race).')
  expect(pointsLeftSentence({ ...summary, pointsLeft: 0.5 })).toBe(
    '0.5 points still available to one driver (1 race).',
  )
})
