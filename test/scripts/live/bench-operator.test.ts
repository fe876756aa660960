import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { checkSchema } from '../../../src/data/check-schema.ts'
import { resultsSchema } from '../../../src/data/results-schema.ts'
import { liveRunningOrder } from '../../../scripts/live/bench-operator.ts'

const official = readFileSync('public/data/ccna/2023/results/r11.json', 'utf8')

test('each step of the running order is a valid live result file with new text', () => {
  const texts = [0, 1, 2].map((step) =>
    liveRunningOrder(official, step, new Date(Date.UTC(2026, 10, 29, 12, 0, step * 5))),
  )
  expect(new Set(texts).size).toBe(3)
  for (const text of texts) {
    const checked = checkSchema('r11.json', JSON.parse(text), resultsSchema)
    expect(checked.ok).toBe(true)
    if (!checked.ok) continue
    expect(checked.value.status).toBe('live')
    const positions = checked.value.rows.flatMap((row) =>
      row.status === 'classified' ? [row.position] : [],
    )
    expect(positions).toEqual(positions.map((_, i) => i + 1))
  }
  const cars = (text: string) =>
    (JSON.parse(text) as { rows: Array<{ car: string }> }).rows.map((row) => row.car)
  expect(cars(texts[0]!)).not.toEqual(cars(texts[1]!))
  expect(cars(texts[0]!).toSorted()).toEqual(cars(texts[1]!).toSorted())
})
