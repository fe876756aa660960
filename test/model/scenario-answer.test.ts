import { expect, test } from 'vitest'
import { answerOf } from '../../src/model/scenario-answer.ts'
import { permutationsOf, summaryOf } from '../../src/model/season-scenarios.ts'
import { shippedModel } from '../fixtures/shipped-summary.ts'

const ccna = await shippedModel('ccna/2023')
const step = ccna.standings.scored.findIndex((r) => r.race.race.id === 'r11')

test('the two questions the scenario worker answers: the summary, and apart the permutations', () => {
  expect(answerOf(ccna, 'summary', 'pro', step)).toEqual({
    kind: 'summary',
    summary: summaryOf(ccna, 'pro', step),
  })
  const permutations = answerOf(ccna, 'permutations', 'pro', step)
  expect(permutations).toEqual({
    kind: 'permutations',
    permutations: permutationsOf(ccna, 'pro', step),
  })
  // Before race 12 of 2023: Dickinson can clinch the Pro title there.
  expect(permutations.kind === 'permutations' && permutations.permutations?.leader).toBe(
    'Dickinson',
  )
  expect(answerOf(ccna, 'permutations', 'nope', step)).toEqual({
    kind: 'permutations',
    permutations: null,
  })
})
