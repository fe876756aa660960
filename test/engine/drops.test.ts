import { expect, test } from 'vitest'
import { DropTracker } from '../../src/engine/drops.ts'

const dropped = (tracker: DropTracker, entry: number, worst: number) => {
  const copy = new Int32Array(worst * 4)
  tracker.copyRacesInto(copy, 0)
  return Array.from(copy.subarray(entry * worst, entry * worst + worst))
}

test('keeps the lowest scores of each entry, in order', () => {
  const tracker = new DropTracker(2, 2)
  ;[10, 3, 7, 1, 8].forEach((score, race) => tracker.add(0, score, race))
  expect(tracker.droppedPoints(0)).toBe(4)
  expect(dropped(tracker, 0, 2)).toEqual([3, 1])
  expect(tracker.droppedPoints(1)).toBe(0)
  expect(dropped(tracker, 1, 2)).toEqual([-1, -1])
})

test('equal scores drop the earliest race, so the choice is stable as races are added', () => {
  const tracker = new DropTracker(1, 2)
  ;[5, 5, 5, 5].forEach((score, race) => tracker.add(0, score, race))
  expect(dropped(tracker, 0, 2)).toEqual([0, 1])
})

test('a negative score (penalty points) is the first to go', () => {
  const tracker = new DropTracker(1, 1)
  ;[4, -3, 0].forEach((score, race) => tracker.add(0, score, race))
  expect(tracker.droppedPoints(0)).toBe(-3)
})

test('with fewer results than drops, all of them are dropped', () => {
  const tracker = new DropTracker(1, 3)
  tracker.add(0, 6, 0)
  expect(tracker.droppedPoints(0)).toBe(6)
})

test('worst = 0 drops nothing', () => {
  const tracker = new DropTracker(1, 0)
  tracker.add(0, 6, 0)
  expect(tracker.droppedPoints(0)).toBe(0)
  expect(dropped(tracker, 0, 0)).toEqual([])
})
