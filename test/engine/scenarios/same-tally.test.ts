import { expect, test } from 'vitest'
import { sameTally } from '../../../src/engine/scenarios/same-tally.ts'
import type { Tally } from '../../../src/engine/scenarios/scenario-tally.ts'

const tally: Tally = {
  id: 'a',
  name: 'A',
  entry: 0,
  total: 12,
  toCome: 0,
  lowest: [[0, 4]],
  places: [0, 0, 1, 0],
  field: { kind: 'cars', classes: ['pro'] },
}

test('two entries the same in all but name and id are the same to the scenarios', () => {
  expect(sameTally(tally, { ...tally, id: 'b', name: 'B', entry: 1 })).toBe(true)
})

test('any difference the scenarios read tells them apart', () => {
  const differs: ReadonlyArray<Partial<Tally>> = [
    { total: 13 },
    { toCome: -2 },
    // One race's 0 can be dropped; no race at all cannot.
    { lowest: [[4]] },
    { lowest: [[0, 4], []] },
    { places: [0, 1, 0, 0] },
    { places: [0, 0, 1] },
    { field: { kind: 'cars', classes: ['am'] } },
    { field: { kind: 'cars', classes: ['pro', 'am'] } },
    { field: { kind: 'free' } },
  ]
  for (const change of differs)
    expect(sameTally(tally, { ...tally, ...change }), JSON.stringify(change)).toBe(false)
})
