import { expect, test } from 'vitest'
import { pointsStep } from '../../../src/engine/scenarios/points-step.ts'
import type { RemainingRace } from '../../../src/engine/scenarios/remaining-races.ts'

const race = (prizes: ReadonlyArray<number>, pole = 0, fastestLap = 0) =>
  ({ prizes, pole, fastestLap }) as unknown as RemainingRace

test('the step a team’s points come in: whole, halves (Spa 2021), quarters, tenths, else twentieths', () => {
  expect(pointsStep(race([25, 18, 15], 0, 1))).toBe(1)
  expect(pointsStep(race([12.5, 9, 7.5]))).toBe(0.5)
  expect(pointsStep(race([2.5, 1.5, 1, 0.75]))).toBe(0.25)
  expect(pointsStep(race([2.5, 1.8]))).toBe(0.1)
  // A bonus counts too: a half point for the pole makes halves.
  expect(pointsStep(race([10, 6], 0.5))).toBe(0.5)
  expect(pointsStep(race([10, 6], 0, 0.5))).toBe(0.5)
  expect(pointsStep(race([1 / 3]))).toBe(0.05)
})
