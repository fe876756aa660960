import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { chooseSeason } from '../../src/app/choose-season.ts'
import { parseUrlState } from '../../src/app/url-state.ts'
import { checkSchema } from '../../src/data/check-schema.ts'
import { seasonIndexSchema } from '../../src/data/season-index-schema.ts'

const checked = checkSchema(
  'index.json',
  JSON.parse(readFileSync('public/data/index.json', 'utf8')),
  seasonIndexSchema,
)
if (!checked.ok) throw new Error('the shipped index does not validate')
const index = checked.value
const pick = (search: string) => {
  const choice = chooseSeason(index, parseUrlState(search))
  return choice === null ? null : `${choice.series.id}/${choice.season.season}`
}

test('no address opens the index default: Carrera Cup 2023', () => {
  expect(pick('')).toBe('ccna/2023')
})

test('an address names any listed season', () => {
  expect(pick('?series=ccna&season=2024')).toBe('ccna/2024')
  expect(pick('?series=f1&season=2016')).toBe('f1/2016')
})

test('an unknown season falls back to the default season of the series, else its newest', () => {
  expect(pick('?series=f1&season=1949')).toBe('f1/2024')
  expect(pick('?series=ccna&season=1999')).toBe('ccna/2023')
})

test('an unknown series falls back to the default, whatever season it names', () => {
  expect(pick('?series=indycar&season=2024')).toBe('ccna/2023')
  expect(pick('?series=indycar')).toBe('ccna/2023')
})

test('a season without a series is looked up in the default series', () => {
  expect(pick('?season=2024')).toBe('ccna/2024')
})
