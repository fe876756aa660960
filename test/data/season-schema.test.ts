import { expect, test } from 'vitest'
import { formatFault } from '../../src/data/fault.ts'
import { acceptResults } from '../../src/data/results-fast-path.ts'
import { ID_PATTERN } from '../../src/data/id-pattern.ts'
import { validateSeason } from '../../src/data/validate-season.ts'
import { makeSeason, order, results } from '../fixtures/build.ts'
import { memoryReader } from '../fixtures/memory-reader.ts'

const messages = async (files: Record<string, unknown>) =>
  (await validateSeason('f', memoryReader('f', files))).faults.map(formatFault)

test('U+FFFF in a name passes validate (issue 22 #7) — noncharacters in names and ids refused with the path', async () => {
  const base = makeSeason()
  const season = {
    ...base,
    series: { id: 'test', name: 'Test Cup\ufffe' },
    drivers: [
      { id: 'd1', name: 'Riley Dickinson\uffff' },
      { id: 'd2\ufdd0', name: 'Driver 02' },
      { id: 'd3', name: 'Plane 1 \u{1fffe}' },
      ...base.drivers.slice(3),
    ],
  }
  const noncharacters =
    'without noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF: never text, they break SVG)'
  expect(await messages({ 'season.json': season })).toEqual([
    `season.json: series.name: expected a name ${noncharacters}, got "Test Cup\\ufffe"`,
    `season.json: drivers[0].name: expected a name ${noncharacters}, got "Riley Dickinson\\uffff"`,
    `season.json: drivers[1].id: expected an id ${noncharacters}, got "d2\\ufdd0"`,
    `season.json: drivers[2].name: expected a name ${noncharacters}, got "Plane 1 \\ud83f\\udffe"`,
  ])
})

test('U+FFFF in a name passes validate (issue 22 #7) — in a result file too, and the fast lane agrees', async () => {
  const [first, second] = order(['1', '2'])
  const rows = [
    { ...first!, drivers: ['d1\uffff'] },
    { ...second!, car: '2\ufffe' },
  ]
  const file = results('r01', rows)
  expect(acceptResults(JSON.parse(JSON.stringify(file)))).toBeNull()
  expect(await messages({ 'season.json': makeSeason(), 'results/r01.json': file })).toEqual([
    'results/r01.json: rows[0].drivers[0]: expected an id without noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF: never text, they break SVG), got "d1\\uffff"',
    'results/r01.json: rows[1].car: expected the car number as text of up to 20 characters, like "07", got "2\\ufffe"',
  ])
  // The address pattern is the same: no link to an id the data cannot hold.
  expect(ID_PATTERN.test('d1\uffff')).toBe(false)
  expect(ID_PATTERN.test('周冠宇')).toBe(true)
})

test('lone surrogates stay refused in names and ids', async () => {
  const base = makeSeason()
  const season = {
    ...base,
    drivers: [
      { id: 'd1', name: 'Half \ud83c' },
      { id: '\udfffd2', name: 'Driver 02' },
      ...base.drivers.slice(2),
    ],
  }
  expect(await messages({ 'season.json': season })).toEqual([
    'season.json: drivers[0].name: expected a name without control characters, got "Half \\ud83c"',
    'season.json: drivers[1].id: expected an id of up to 200 characters without spaces, commas or control characters, got "\\udfffd2"',
  ])
})
