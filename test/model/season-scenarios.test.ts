import { expect, test } from 'vitest'
import { buildSeasonModel } from '../../src/model/season-model.ts'
import {
  outlookOf,
  permutationsOf,
  scenariosOf,
  summaryOf,
} from '../../src/model/season-scenarios.ts'
import { filesOf, makeSeason, order, results, rounds } from '../fixtures/build.ts'
import { shippedModel } from '../fixtures/shipped-summary.ts'

// The title scenarios of a model's championships, kept per model (docs/scoring-rules.md#scenarios).
const ccna = await shippedModel('ccna/2023')
const stepOf = (race: string) => ccna.standings.scored.findIndex((r) => r.race.race.id === race)

test('asked again for the same step, the same scenarios; another step, others', () => {
  const after14 = scenariosOf(ccna, 'pro', stepOf('r14'))
  expect(after14).not.toBeNull()
  expect(scenariosOf(ccna, 'pro', stepOf('r14'))).toBe(after14)
  const after13 = scenariosOf(ccna, 'pro', stepOf('r13'))
  expect(after13).not.toBe(after14)
  // Walking back to a step already passed gives the same answer as a fresh model.
  const again = scenariosOf(ccna, 'pro', stepOf('r14'))
  expect(again?.rows).toEqual(after14?.rows)
})

test('a championship unknown, or with no one in its table yet, has no scenarios and no words', () => {
  for (const read of [scenariosOf, outlookOf, permutationsOf, summaryOf]) {
    expect(read(ccna, 'nope', 3), read.name).toBeNull()
  }
  // Only Pro cars in race 1: the Am table is empty.
  const season = makeSeason({ rounds: rounds(3) })
  const model = buildSeasonModel({ season, files: filesOf(results('r01', order(['1', '2']))) })
  expect(scenariosOf(model, 'am', 0)).toBeNull()
  expect(summaryOf(model, 'am', 0)).toBeNull()
  expect(outlookOf(model, 'am', 0)).toBeNull()
  expect(permutationsOf(model, 'am', 0)).toBeNull()
  expect(scenariosOf(model, 'pro', 0)).not.toBeNull()
  expect(outlookOf(model, 'pro', 0)).not.toBeNull()
})

test('published: Dickinson clinched the 2023 Pro title with four races to go — no permutations once the title is settled', () => {
  const clinchedAt = ccna.standings.scored.findIndex(
    (_, step) => scenariosOf(ccna, 'pro', step)?.rows[0]?.status === 'clinched',
  )
  expect(clinchedAt).toBe(stepOf('r12'))
  expect(permutationsOf(ccna, 'pro', clinchedAt)).toBeNull()
  expect(permutationsOf(ccna, 'pro', clinchedAt - 1)?.leader).toBe('Dickinson')
})

test('the summary holds the scenarios and the outlook, not the permutations: asked for apart, by the views that show them', () => {
  const step = stepOf('r08')
  const summary = summaryOf(ccna, 'pro', step)
  expect(Object.keys(summary ?? {}).toSorted()).toEqual([
    'holder',
    'outlook',
    'pointsLeft',
    'racesLeft',
    'racesLeftCounted',
    'rows',
  ])
  expect(summary?.outlook?.kind).toBe('decided-later')
  expect(permutationsOf(ccna, 'pro', step)?.leader).toBe('Dickinson')
  // Asking for the permutations changes nothing in the summary kept.
  expect(summaryOf(ccna, 'pro', step)).toBe(summary)
})
