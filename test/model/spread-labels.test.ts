import fc from 'fast-check'
import { expect, test } from 'vitest'
import { spreadLabels } from '../../src/model/spread-labels.ts'
import { runInLocale } from '../fixtures/run-in-locale.ts'

test('labels of lines that end close together are moved apart, in order, as little as needed', () => {
  // Sargent 259 and Martin 246 end 8 px apart: the lower label moves down, the upper stays.
  const placed = spreadLabels(
    [
      { id: 'sargent', y: 100 },
      { id: 'martin', y: 108 },
      { id: 'dickinson', y: 20 },
    ],
    15,
    0,
    300,
  )
  expect(placed.get('dickinson')).toBe(20)
  expect(placed.get('sargent')).toBe(100)
  expect(placed.get('martin')).toBe(115)
})

test('labels at the bottom edge are pushed back up inside the plot', () => {
  const placed = spreadLabels(
    [
      { id: 'a', y: 295 },
      { id: 'b', y: 300 },
    ],
    15,
    0,
    300,
  )
  expect([placed.get('a'), placed.get('b')]).toEqual([285, 300])
})

test('property: when they fit, labels never overlap, stay inside and keep their order', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: -50, max: 350 }), { maxLength: 20 }), (ys) => {
      const wanted = ys.map((y, i) => ({ id: `l${String(i).padStart(2, '0')}`, y }))
      const placed = spreadLabels(wanted, 15, 0, 300)
      const sorted = wanted
        .toSorted((a, b) => a.y - b.y || (a.id < b.id ? -1 : 1))
        .map((l) => placed.get(l.id) ?? Number.NaN)
      for (const [i, y] of sorted.entries()) {
        expect(y).toBeGreaterThanOrEqual(0)
        expect(y).toBeLessThanOrEqual(300)
        if (i > 0) expect(y - (sorted[i - 1] ?? 0)).toBeGreaterThanOrEqual(15 - 1e-9)
      }
    }),
  )
})

test('more labels than the room holds keep their gap from the top and run past the bottom', () => {
  const placed = spreadLabels(
    [
      { id: 'a', y: 10 },
      { id: 'b', y: 10 },
      { id: 'c', y: 10 },
    ],
    15,
    0,
    20,
  )
  expect([...placed]).toEqual([
    ['a', 0],
    ['b', 15],
    ['c', 30],
  ])
})

test('labels level on the chart are ordered by id in code-point order, whatever order they come in', () => {
  // Code points put "B" before "a": the same on every machine, unlike the host's language.
  const placed = spreadLabels(
    [
      { id: 'b', y: 40 },
      { id: 'a', y: 40 },
      { id: 'B', y: 40 },
    ],
    15,
    0,
    300,
  )
  expect([...placed]).toEqual([
    ['B', 40],
    ['a', 55],
    ['b', 70],
  ])
})

test("bug: labels level on the chart were ordered by the host's language — a Lithuanian machine put y before j", () => {
  const script = `
    import { spreadLabels } from './src/model/spread-labels.ts'
    const wanted = [{ id: 'yates', y: 50 }, { id: 'jones', y: 50 }]
    console.log(JSON.stringify({
      placed: [...spreadLabels(wanted, 15, 0, 300)],
      host: wanted.map((l) => l.id).toSorted((a, b) => a.localeCompare(b)),
    }))`
  const text = runInLocale('lt_LT.UTF-8', script)
  const { placed, host } = JSON.parse(text) as {
    placed: Array<[string, number]>
    host: Array<string>
  }
  // The host's own order there is Lithuanian: the proof that its language is in play.
  expect(host).toEqual(['yates', 'jones'])
  expect(placed).toEqual([
    ['jones', 50],
    ['yates', 65],
  ])
})
