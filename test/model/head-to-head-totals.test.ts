import { expect, test } from 'vitest'
import { compareEntries } from '../../src/model/head-to-head.ts'
import { headToHeadTotals } from '../../src/model/head-to-head-totals.ts'
import { pairStanding } from '../../src/model/pair-standing.ts'
import { pair } from '../fixtures/picks.ts'
import { championship, shippedSeason } from '../fixtures/shipped-season.ts'

const f1 = await shippedSeason('f1/2016')
const ccna2023 = await shippedSeason('ccna/2023')

function totals(
  season: Awaited<ReturnType<typeof shippedSeason>>,
  id: string,
  a: string,
  b: string,
) {
  const progression = championship(season, id)
  const step = progression.steps.length - 1
  const picked = pair(progression, a, b)
  const h2h = compareEntries(...picked, step)
  const standing = pairStanding(...picked, step)
  if (h2h === null || standing === null) throw new Error(`${a} or ${b} is not in ${id}`)
  return headToHeadTotals(h2h, standing)
}

test('published: Rosberg and Hamilton 2016 side by side, the rows the view and the card list', () => {
  const rows = totals(f1, 'drivers', 'nico-rosberg', 'lewis-hamilton')
  // Spain: both out on lap 1, so neither finished ahead there: 20 of the 21 races count.
  expect(Number(rows[2]?.[1]) + Number(rows[2]?.[2])).toBe(20)
  expect(rows).toEqual([
    // A championship without classes: the place alone.
    ['Position', '1st', '2nd'],
    ['Points', '385', '380'],
    ['Finished ahead', rows[2]?.[1], rows[2]?.[2]],
    ['Wins', '9', '10'],
    ['Podiums', '16', '17'],
    ['Poles', '8', '12'],
    ['Fastest laps', '6', '3'],
    ['DNFs', '1', '2'],
  ])
})

test('published: Dickinson and Sargent, Pro 2023 — 397 to 257, each placed in his class table', () => {
  const rows = totals(ccna2023, 'pro', 'riley-dickinson', 'tom-sargent')
  expect(rows.slice(0, 2)).toEqual([
    ['Position', '1st in Pro', '2nd in Pro'],
    ['Points', '397', '257'],
  ])
  const ahead = rows[2]
  expect(ahead?.[0]).toBe('Finished ahead')
  // 16 races, in each of which one finished ahead of the other or neither did.
  expect(Number(ahead?.[1]) + Number(ahead?.[2])).toBeLessThanOrEqual(16)
  expect(Number(ahead?.[1])).toBeGreaterThan(Number(ahead?.[2]))
})
