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
