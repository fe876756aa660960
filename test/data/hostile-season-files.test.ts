import { expect, test } from 'vitest'
import { seasonFilesDoor } from '../fixtures/doors/season-files.ts'
import { assertDoor, mutateJson } from '../fixtures/hostile.ts'

test('adversarial: damaged season folders are refused with located messages or read whole — no crash, no lost race, no Infinity', async () => {
  await assertDoor(seasonFilesDoor, 150, 13)
}, 60_000)

test('the mutation reaches inside the document and leaves the original alone', () => {
  const original = { a: [1, { b: 2 }] }
  expect(mutateJson(original, { walk: [0, 1, 0], op: 'replace', value: 'x' })).toEqual({
    a: [1, { b: 'x' }],
  })
  expect(mutateJson(original, { walk: [0, 0], op: 'delete', value: null })).toEqual({
    a: [{ b: 2 }],
  })
  expect(original).toEqual({ a: [1, { b: 2 }] })
})
