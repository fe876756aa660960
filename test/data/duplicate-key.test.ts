import { expect, test } from 'vitest'
import { findDuplicateKey } from '../../src/data/duplicate-key.ts'
import { formatFault } from '../../src/data/fault.ts'
import { parseJson } from '../../src/data/parse-json.ts'
import { validateSeason } from '../../src/data/validate-season.ts'
import { makeSeason, order, results } from '../fixtures/build.ts'
import { memoryReader } from '../fixtures/memory-reader.ts'

const twice = (text: string) => findDuplicateKey(text, JSON.parse(text))

test('duplicated JSON keys: the last silently wins (issue 22 #5) — refused with both places and the path', () => {
  const text = '{\n  "race": "r01",\n  "status": "live",\n  "rows": [],\n  "status": "official"\n}'
  expect(JSON.parse(text)).toMatchObject({ status: 'official' })
  expect(parseJson(text)).toEqual({
    ok: false,
    path: 'status',
    message:
      'the key "status" is written twice in one object (line 3, column 3 and line 5, column 3): JSON would keep the last silently; remove one',
  })
})

test('duplicated JSON keys: found at any depth, escaped spellings of one key included, nothing else', () => {
  expect(twice('{"rows":[{"car":"1"},{"car":"2","position":1,"position":2}]}')).toMatchObject({
    key: 'position',
    path: ['rows', 1, 'position'],
  })
  expect(twice('{"a":{"b":[[{"c\\u0061r":1,"car":2}]]}}')?.path).toEqual(['a', 'b', 0, 0, 'car'])
  // Strings that look like keys, the same key in two objects, and empty objects are fine.
  for (const text of [
    '{"note":"\\"status\\": 1, \\"status\\": 2","status":"x"}',
    '[{"car":"1"},{"car":"2"}]',
    '{"a":{},"b":[],"c":{"a":{}}}',
    '{"x\\\\":1,"x":2}',
    '"just a string"',
  ])
    expect(twice(text), text).toBeNull()
})

test('duplicated JSON keys: validate refuses the file with its JSON path, and keeps the other races', async () => {
  const season = makeSeason()
  const good = JSON.stringify(results('r01', order(['1', '2'])), null, 2)
  const bad = good.replace('"status": "official",', '"status": "live",\n  "status": "official",')
  const check = await validateSeason(
    'f',
    memoryReader('f', {
      'season.json': season,
      'results/r01.json': good,
      'results/r02.json': bad.replace('"r01"', '"r02"'),
    }),
  )
  expect(check.faults.map(formatFault)).toEqual([
    'results/r02.json: status: the key "status" is written twice in one object (line 4, column 3 and line 5, column 3): JSON would keep the last silently; remove one',
  ])
  expect(check.files.get('r01')?.kind).toBe('results')
  expect(check.files.get('r02')?.kind).toBe('invalid')
  expect(check.unreadable).toEqual([])
})

test('duplicated JSON keys: a duplicate in the last row of 20,000 is found and placed', () => {
  const rows = Array.from({ length: 20_000 }, (_, i) => ({ car: String(i), drivers: [`d${i}`] }))
  const text = JSON.stringify({ rows })
  expect(twice(text)).toBeNull()
  expect(twice(`${text.slice(0, -3)},"car":"x"}]}`)?.path).toEqual(['rows', 19_999, 'car'])
})
