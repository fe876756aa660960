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
    // A third droppable score, the first two the same.
    { lowest: [[0, 4, 4]] },
    { places: [0, 1, 0, 0] },
    { places: [0, 0, 1] },
    { field: { kind: 'cars', classes: ['am'] } },
    { field: { kind: 'cars', classes: ['pro', 'am'] } },
    { field: { kind: 'cars', classes: ['am', 'pro'] } },
    { field: { kind: 'free' } },
  ]
  for (const change of differs)
    expect(sameTally(tally, { ...tally, ...change }), JSON.stringify(change)).toBe(false)
})

test('a split season: the lowest scores of every part are read, not only the first', () => {
  const split: Tally = { ...tally, lowest: [[0, 4], [2]] }
  expect(sameTally(split, { ...split, lowest: [[0, 4], [3]] })).toBe(false)
  expect(sameTally(split, { ...split, id: 'b' })).toBe(true)
})

test('two entries free to race any class, or two that can race no more, are alike there', () => {
  expect(
    sameTally({ ...tally, field: { kind: 'free' } }, { ...tally, field: { kind: 'free' } }),
  ).toBe(true)
  expect(
    sameTally({ ...tally, field: { kind: 'none' } }, { ...tally, field: { kind: 'none' } }),
  ).toBe(true)
  expect(
    sameTally({ ...tally, field: { kind: 'none' } }, { ...tally, field: { kind: 'free' } }),
  ).toBe(false)
  const two: Tally = { ...tally, field: { kind: 'cars', classes: ['pro', 'am'] } }
  expect(sameTally(two, { ...two, field: { kind: 'cars', classes: ['pro', 'pro-am'] } })).toBe(
    false,
  )
})
