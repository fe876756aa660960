import { expect, test } from 'vitest'
import { scenarioAnswers } from '../../src/data/scenario-answers.ts'
import { buildSeasonModel } from '../../src/model/season-model.ts'
import { permutationsOf, summaryOf } from '../../src/model/season-scenarios.ts'
import { shippedFiles } from '../fixtures/shipped-season.ts'

test('the scenario worker holds a season by key and answers each question from it: the summary, or the permutations', async () => {
  const input = await shippedFiles('ccna/2023')
  const model = buildSeasonModel(input)
  const step = model.standings.scored.findIndex((r) => r.race.race.id === 'r11')
  const answer = scenarioAnswers()
  const ask = (kind: 'summary' | 'permutations', id: number, key = 'season-1') =>
    answer({ kind, id, key, championship: 'pro', step })
  expect(ask('summary', 1)).toEqual({ id: 1, error: 'no season "season-1" in the scenario worker' })
  expect(answer({ kind: 'season', key: 'season-1', input })).toBeNull()
  expect(ask('summary', 2)).toEqual({
    id: 2,
    answer: { kind: 'summary', summary: summaryOf(model, 'pro', step) },
  })
  expect(ask('permutations', 3)).toEqual({
    id: 3,
    answer: { kind: 'permutations', permutations: permutationsOf(model, 'pro', step) },
  })
})

test('the worker keeps the three latest seasons (data versions, what-ifs)', async () => {
  const input = await shippedFiles('ccna/2023')
  const answer = scenarioAnswers()
  for (const key of ['a', 'b', 'c', 'd']) answer({ kind: 'season', key, input })
  const asked = (key: string) =>
    answer({ kind: 'summary', id: 1, key, championship: 'pro', step: 0 })
  expect(asked('a')).toMatchObject({ error: 'no season "a" in the scenario worker' })
  for (const key of ['b', 'c', 'd']) expect(asked(key)).toHaveProperty('answer')
})
