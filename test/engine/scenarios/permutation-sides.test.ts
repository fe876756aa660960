import { expect, test } from 'vitest'
import { nextSlot, permutationSides } from '../../../src/engine/scenarios/permutation-sides.ts'
import {
  championshipScenarios,
  type ChampionshipScenarios,
} from '../../../src/engine/scenarios/scenarios.ts'
import { championship, shippedSeason, stepAfter } from '../../fixtures/shipped-season.ts'

const ccna2023 = await shippedSeason('ccna/2023')
const pro = (after: string) =>
  championshipScenarios(ccna2023, championship(ccna2023, 'pro'), stepAfter(ccna2023, after))

/** Scenarios whose remaining races sit at calendar indices `indices`, shown after index `asOf`. */
const at = (asOf: number, indices: ReadonlyArray<number>) =>
  ({
    asOf: { index: asOf },
    remaining: indices.map((index) => ({ race: { index } })),
  }) as unknown as ChampionshipScenarios

test('the next race is the first remaining one after the race shown; an earlier one without a result waits', () => {
  expect(nextSlot(at(5, [3, 7, 9]))).toBe(1)
  expect(nextSlot(at(7, [3, 7, 9]))).toBe(2)
  expect(nextSlot(at(2, [3, 7, 9]))).toBe(0)
  // Nothing after the race shown: the earliest race without a result.
  expect(nextSlot(at(9, [3, 7, 9]))).toBe(0)
  expect(nextSlot(at(12, [4]))).toBe(0)
})

test('published: before race 12 of 2023 Dickinson had two rivals, Sargent and Martin; after it, none', () => {
  const before = pro('r11')
  const sides = permutationSides(before, [nextSlot(before)])
  expect(sides?.rivalIds.map((i) => before.contenders[i]?.tally.id)).toEqual([
    'tom-sargent',
    'will-martin',
  ])
  expect(sides?.leader.contender.tally.id).toBe('riley-dickinson')
  // Dickinson clinched in race 12: nobody is left to beat.
  const after = pro('r12')
  expect(permutationSides(after, [nextSlot(after)])).toBeNull()
})

test("a side's final total: the leader scores only the race in the table; a rival takes 28 in each race after it", () => {
  const before = pro('r11')
  const sides = permutationSides(before, [nextSlot(before)])
  const total = (id: string) => before.contenders.find((c) => c.tally.id === id)?.tally.total ?? 0
  // Published: after race 11 Dickinson led Sargent by 119.
  expect(total('riley-dickinson') - total('tom-sargent')).toBe(119)
  expect(sides?.leader.final([25], [1]).points).toBe(total('riley-dickinson') + 25)
  // Races 13 to 16 at their best (a win, the pole and the fastest lap: 28 each), none in race 12.
  expect(sides?.rivals[0]?.final([0], []).points).toBe(total('tom-sargent') + 4 * 28)
  expect(sides?.rivals[0]?.final([20], [2]).points).toBe(total('tom-sargent') + 4 * 28 + 20)
})
