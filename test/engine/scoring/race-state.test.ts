import { expect, test } from 'vitest'
import { listRaces } from '../../../src/engine/scoring/calendar.ts'
import { toRaceState } from '../../../src/engine/scoring/race-state.ts'
import { makeSeason, results } from '../../fixtures/build.ts'

const race = listRaces(makeSeason())[0]!

test('only provisional and official results are scored', () => {
  const kind = (status: 'scheduled' | 'live' | 'provisional' | 'official') =>
    toRaceState(race, { kind: 'results', results: results('r01', [], status) }, true).kind
  expect([kind('scheduled'), kind('live'), kind('provisional'), kind('official')]).toEqual([
    'scheduled',
    'live',
    'scored',
    'scored',
  ])
})

test('no file is a race still to come; a rejected file or a missing rule is invalid, with the reason', () => {
  expect(toRaceState(race, undefined, true)).toEqual({ kind: 'awaiting', race })
  expect(toRaceState(race, { kind: 'invalid', problems: ['bad'] }, true)).toEqual({
    kind: 'invalid',
    race,
    problems: ['bad'],
  })
  expect(toRaceState(race, { kind: 'results', results: results('r01', []) }, false)).toEqual({
    kind: 'invalid',
    race,
    problems: ['race type "race" has no scoring rule'],
  })
})
