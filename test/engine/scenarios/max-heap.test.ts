import fc from 'fast-check'
import { expect, test } from 'vitest'
import { MaxHeap } from '../../../src/engine/scenarios/max-heap.ts'

test('pops items largest key first, however they were pushed', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 60 }), (keys) => {
      const heap = new MaxHeap<number>()
      keys.forEach((key) => heap.push(key, key))
      const popped: Array<number> = []
      for (let item = heap.pop(); item !== undefined; item = heap.pop()) popped.push(item)
      expect(popped).toEqual(keys.toSorted((a, b) => b - a))
    }),
  )
})

test('an empty heap pops nothing', () => {
  const heap = new MaxHeap<string>()
  heap.push(3, 'a')
  expect(heap.pop()).toBe('a')
  expect(heap.pop()).toBeUndefined()
})
