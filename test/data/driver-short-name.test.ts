import { expect, test } from 'vitest'
import { formatFault } from '../../src/data/fault.ts'
import { validateSeason } from '../../src/data/validate-season.ts'
import { makeSeason } from '../fixtures/build.ts'
import { memoryReader } from '../fixtures/memory-reader.ts'

/**
 * A driver's `shortName` (docs/data-format.md#short-names): optional, text like a name, and a
 * bad one named with its file and JSON path like every other field.
 */
const folder = 'data/test/2024'
const check = (season: unknown) =>
  validateSeason(folder, memoryReader(folder, { 'season.json': season }))
const base = makeSeason()
const withDrivers = (...drivers: ReadonlyArray<Record<string, unknown>>) => ({
  ...base,
  drivers: [...drivers, ...base.drivers.slice(drivers.length)],
})

test('a season without short names reads as before: the field is optional', async () => {
  const got = await check(base)
  expect(got.faults).toEqual([])
  expect(got.warnings).toEqual([])
  expect(got.season?.drivers.every((driver) => driver.shortName === undefined)).toBe(true)
})

test('a short name the data gives is kept, never warned about as an unknown field', async () => {
  const got = await check(
    withDrivers({ id: 'd1', name: 'Archie Scott Brown', shortName: 'Scott Brown' }),
  )
  expect(got.faults).toEqual([])
  expect(got.warnings).toEqual([])
  expect(got.season?.drivers[0]).toEqual({
    id: 'd1',
    name: 'Archie Scott Brown',
    shortName: 'Scott Brown',
  })
  expect(got.season?.drivers[1]?.shortName).toBeUndefined()
})

test('an empty or non-text short name is a fault naming the file, the JSON path and what was expected', async () => {
  const got = await check(
    withDrivers(
      { id: 'd1', name: 'Archie Scott Brown', shortName: '' },
      { id: 'd2', name: 'Adolfo Schwelm Cruz', shortName: 7 },
      { id: 'd3', name: 'Hermano da Silva Ramos', shortName: null },
      { id: 'd4', name: 'Asdrúbal Fontes Bayardo', shortName: 'Fontes\u202eBayardo' },
    ),
  )
  expect(got.season).toBeNull()
  expect(got.faults.map(formatFault)).toEqual([
    'season.json: drivers[0].shortName: expected a non-empty short name, got ""',
    'season.json: drivers[1].shortName: expected text, got 7',
    'season.json: drivers[2].shortName: expected text, got null',
    'season.json: drivers[3].shortName: expected a short name without direction overrides (U+202A–U+202E, U+2066–U+2069), got "Fontes\\u202eBayardo"',
  ])
})
