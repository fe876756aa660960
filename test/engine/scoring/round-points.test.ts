import { expect, test } from 'vitest'
import { roundPoints } from '../../../src/engine/scoring/round-points.ts'
import { computeSeasonStandings } from '../../../src/engine/scoring/season-standings.ts'
import { filesOf, makeSeason, order, results, rounds, tableOf } from '../../fixtures/build.ts'

test('sums of fractions come out as people write them', () => {
  expect(0.1 + 0.2).not.toBe(0.3)
  expect(roundPoints(0.1 + 0.2)).toBe(0.3)
  expect(roundPoints(12.5 + 7.5 + 1 / 3 + 2 / 3)).toBe(21)
  expect(roundPoints(-5)).toBe(-5)
})

test('reading (f): race scores are kept whole; totals are rounded to six decimals once, after adding races, adjustments and drops', () => {
  // Three cars share each fastest lap: 1/3 point a race to each. One drop from r03.
  const race = (id: string) =>
    results(
      id,
      order(['1', '2', '3'], {
        '1': { fastestLap: true },
        '2': { fastestLap: true },
        '3': { fastestLap: true },
      }),
    )
  const season = makeSeason({
    rounds: rounds(4),
    scoring: { race: { points: [0], awardBy: 'overall', bonuses: { fastestLap: 1 } } },
    championships: [
      { id: 'pro', name: 'Pro', kind: 'drivers', drops: { worst: 1, fromRace: 'r04' } },
    ],
  })
  const standings = computeSeasonStandings(
    season,
    filesOf(race('r01'), race('r02'), race('r03'), race('r04')),
  )
  const d1 = (step: number) => tableOf(standings, 'pro', step).find((row) => row.id === 'd1')
  // The race score is not rounded; each table is: 1/3, 2/3, 1 — not 0.999999.
  expect(d1(0)?.races[0]?.points).toBe(1 / 3)
  expect([0, 1, 2].map((step) => d1(step)?.points)).toEqual([0.333333, 0.666667, 1])
  // With the drop: 4/3 − 1/3, rounded once: 1 (not 1.333333 − 0.333333 read as 0.999999 + …).
  expect([d1(3)?.pointsBeforeDrops, d1(3)?.points]).toEqual([1.333333, 1])
})
