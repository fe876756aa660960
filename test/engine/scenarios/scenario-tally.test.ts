import { expect, test } from 'vitest'
import { TallyCursor } from '../../../src/engine/scenarios/scenario-tally.ts'
import type { ChampionshipProgression } from '../../../src/engine/scoring/progression.ts'
import { championship, shippedSeason } from '../../fixtures/shipped-season.ts'

const ccna2023 = await shippedSeason('ccna/2023')
const pro = championship(ccna2023, 'pro')
const last = pro.steps.length - 1

/** The progression with its entries list counting how often an entry is read. */
function counted(progression: ChampionshipProgression) {
  const reads = { count: 0 }
  const entries = new Proxy(progression.entries, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads.count += 1
      return Reflect.get(target, key, receiver) as unknown
    },
  })
  return { progression: { ...progression, entries }, reads }
}

test('the tallies after a race are the same read straight away or race by race', () => {
  for (let step = 0; step <= last; step += 1) {
    const walked = new TallyCursor(ccna2023.season, ccna2023.scored, pro)
    for (let before = 0; before < step; before += 1) walked.at(before)
    const straight = new TallyCursor(ccna2023.season, ccna2023.scored, pro).at(step)
    expect(walked.at(step), `after step ${step}`).toEqual(straight)
  }
  // A walk backwards starts again: the tallies after race 3 read after the last race.
  const cursor = new TallyCursor(ccna2023.season, ccna2023.scored, pro)
  cursor.at(last)
  expect(cursor.at(3)).toEqual(new TallyCursor(ccna2023.season, ccna2023.scored, pro).at(3))
})

test('the tallies after race 16 of 2023 name Dickinson first, with his 16 results counted', () => {
  const tallies = new TallyCursor(ccna2023.season, ccna2023.scored, pro).at(last)
  const first = tallies.entries[0]
  expect(first?.id).toBe('riley-dickinson')
  // Countback places: every one of his 16 classified finishes is in the histogram.
  expect(first?.places.reduce((sum, times) => sum + (times ?? 0), 0)).toBe(16)
})

test('bug: a jump to the last race read every entry once per race walked, not once', () => {
  // 2,000 races × 250 entries read each entry 2,000 times (docs/performance.md, issue 26).
  const atFirst = counted(pro)
  new TallyCursor(ccna2023.season, ccna2023.scored, atFirst.progression).at(0)
  const atLast = counted(pro)
  new TallyCursor(ccna2023.season, ccna2023.scored, atLast.progression).at(last)
  expect(last).toBe(15)
  expect(atLast.reads.count).toBeLessThanOrEqual(atFirst.reads.count + pro.entries.length)
})
