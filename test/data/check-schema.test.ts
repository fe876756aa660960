import { z } from 'zod'
import { expect, test } from 'vitest'
import { checkSchema, MAX_UNKNOWN_KEYS } from '../../src/data/check-schema.ts'
import { formatFault } from '../../src/data/fault.ts'

const schema = z.object({
  name: z.string(),
  count: z.number().int().min(1),
  items: z.array(z.object({ fastestLap: z.boolean().optional() })).min(1),
  table: z.record(z.string(), z.object({ points: z.array(z.number()) })).optional(),
})

test('faults read as expectations, each with its path and what was there', () => {
  const result = checkSchema('f.json', { count: 0.5, items: [] }, schema)
  expect(result.ok ? [] : result.faults.map(formatFault)).toEqual([
    'f.json: name: missing: expected text, got nothing',
    'f.json: count: expected a whole number, got 0.5',
    'f.json: items: expected at least 1 item, got an empty list',
  ])
})

test('unknown fields anywhere are warnings with a suggestion; the value is kept without them', () => {
  const value = {
    name: 'x',
    count: 2,
    Count: 3,
    items: [{ fastestlap: true }],
    table: { race: { points: [1], pts: [] } },
  }
  const result = checkSchema('f.json', value, schema)
  expect(result.ok && result.warnings.map(formatFault)).toEqual([
    'f.json: Count: unknown field, ignored (did you mean "count"?)',
    'f.json: items[0].fastestlap: unknown field, ignored (did you mean "fastestLap"?)',
    'f.json: table.race.pts: unknown field, ignored',
  ])
  expect(result.ok && result.value).toEqual({
    name: 'x',
    count: 2,
    items: [{}],
    table: { race: { points: [1] } },
  })
})

test('bug: a 10 MB unknown key took minutes (did-you-mean over every letter) and printed 10 MB — bounded work, 40 characters shown', () => {
  const key = 'a'.repeat(10_000_000)
  const result = checkSchema('f.json', { name: 'x', count: 2, items: [{}], [key]: 1 }, schema)
  const warnings = result.ok ? result.warnings.map(formatFault) : []
  expect(warnings).toEqual([`f.json: ["${'a'.repeat(37)}..."]: unknown field, ignored`])
  // Control characters in a key are escaped, never printed raw to a terminal.
  const escaped = checkSchema(
    'f.json',
    { name: 'x', count: 2, items: [{}], 'a\u001b[31m': 1 },
    schema,
  )
  expect(escaped.ok ? escaped.warnings.map(formatFault) : []).toEqual([
    'f.json: ["a\\u001b[31m"]: unknown field, ignored',
  ])
})

test('1,000,000 unknown keys took 22–41 s and printed 58 MB of warnings (issue 22 #7)', () => {
  // As JSON.parse makes it: a plain object of a million own keys, read by the walk in one pass.
  const keys = Array.from({ length: 1_000_000 }, (_, i) => `"x${i}":1`).join(',')
  const value: unknown = JSON.parse(`{"name":"x","count":2,"items":[{"fastestlap":true}],${keys}}`)
  const result = checkSchema('f.json', value, schema)
  const warnings = result.ok ? result.warnings.map(formatFault) : []
  // The first twenty named (the typo among them, with its suggestion), the rest one line.
  expect(warnings).toHaveLength(MAX_UNKNOWN_KEYS + 1)
  expect(warnings.slice(0, 3)).toEqual([
    'f.json: items[0].fastestlap: unknown field, ignored (did you mean "fastestLap"?)',
    'f.json: x0: unknown field, ignored',
    'f.json: x1: unknown field, ignored',
  ])
  expect(warnings.at(-2)).toBe('f.json: x18: unknown field, ignored')
  expect(warnings.at(-1)).toBe('f.json: … and 999,981 more unknown fields, ignored')
  expect(result.ok && result.value).toEqual({ name: 'x', count: 2, items: [{}] })
  // Exactly the cap: no count line; one over: "1 more unknown field".
  const few = (n: number) =>
    checkSchema(
      'f.json',
      Object.fromEntries([
        ['name', 'x'],
        ['count', 2],
        ['items', [{}]],
        ...Array.from({ length: n }, (_, i) => [`y${i}`, 1]),
      ]),
      schema,
    )
  const last = (n: number) => {
    const r = few(n)
    return r.ok ? [r.warnings.length, r.warnings.at(-1)?.message] : []
  }
  expect(last(MAX_UNKNOWN_KEYS)).toEqual([MAX_UNKNOWN_KEYS, 'unknown field, ignored'])
  expect(last(MAX_UNKNOWN_KEYS + 1)).toEqual([
    MAX_UNKNOWN_KEYS + 1,
    '… and 1 more unknown field, ignored',
  ])
})
