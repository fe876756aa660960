import { expect, test } from 'vitest'
import { DropTracker } from '../../../src/engine/scoring/drop-tracker.ts'
import { dropPolicy } from '../../../src/engine/scoring/drops.ts'
import { computeSeasonStandings } from '../../../src/engine/scoring/season-standings.ts'
import {
  F1_POINTS,
  filesOf,
  makeSeason,
  order,
  pointsTable,
  results,
  tableOf,
} from '../../fixtures/build.ts'

/** A tracker for `worst` discards over the whole season (drops.ts). */
const trackerOf = (entries: number, worst: number) =>
  new DropTracker(
    entries,
    dropPolicy({ id: 'c', name: 'C', kind: 'drivers', drops: { worst } }, () => undefined),
  )

const dropped = (tracker: DropTracker, entry: number, worst: number) => {
  const copy = new Int32Array(worst * 4)
  tracker.copyRacesInto(copy, 0)
  return Array.from(copy.subarray(entry * worst, entry * worst + worst))
}

test('keeps the lowest scores of each entry, in order', () => {
  const tracker = trackerOf(2, 2)
  ;[10, 3, 7, 1, 8].forEach((score, race) => tracker.add(0, score, race))
  expect(tracker.droppedPoints(0)).toBe(4)
  expect(dropped(tracker, 0, 2)).toEqual([3, 1])
  expect(tracker.droppedPoints(1)).toBe(0)
  expect(dropped(tracker, 1, 2)).toEqual([-1, -1])
})

test('equal scores drop the earliest race, so the choice is stable as races are added', () => {
  const tracker = trackerOf(1, 2)
  ;[5, 5, 5, 5].forEach((score, race) => tracker.add(0, score, race))
  expect(dropped(tracker, 0, 2)).toEqual([0, 1])
})

test('a negative score (penalty points) is the first to go', () => {
  const tracker = trackerOf(1, 1)
  ;[4, -3, 0].forEach((score, race) => tracker.add(0, score, race))
  expect(tracker.droppedPoints(0)).toBe(-3)
})

test('with fewer results than drops, all of them are dropped', () => {
  const tracker = trackerOf(1, 3)
  tracker.add(0, 6, 0)
  expect(tracker.droppedPoints(0)).toBe(6)
})

test('worst = 0 drops nothing', () => {
  const tracker = trackerOf(1, 0)
  tracker.add(0, 6, 0)
  expect(tracker.droppedPoints(0)).toBe(0)
  expect(dropped(tracker, 0, 0)).toEqual([])
})

test('best N: after every race only the best N droppable scores count, a race missed being 0 (docs/scoring-rules.md#drops)', () => {
  // Driver 1: won r01 (25), missed r02, 3rd in r03 (15), 2nd in r04 (18); best 2 count.
  const season = makeSeason({
    scoring: { race: { points: F1_POINTS, awardBy: 'overall' } },
    championships: [{ id: 'drivers', name: 'Drivers', kind: 'drivers', drops: { best: 2 } }],
  })
  const standings = computeSeasonStandings(
    season,
    filesOf(
      results('r01', order(['1', '2', '3'])),
      results('r02', order(['2', '3'])),
      results('r03', order(['2', '3', '1'])),
      results('r04', order(['2', '1', '3'])),
    ),
  )
  const row = (step: number) => tableOf(standings, 'drivers', step).find((r) => r.id === 'd1')!
  expect(
    [0, 1, 2, 3].map((step) => [row(step).points, row(step).pointsBeforeDrops, row(step).dropped]),
  ).toEqual([
    [25, 25, []],
    [25, 25, []], // two races, two count: nothing to discard yet
    [40, 40, ['r02']], // three races: the 0 of r02 goes
    [43, 58, ['r02', 'r03']], // four: 25 + 18 count
  ])
})

test('best N and worst agree over the whole season: best = droppable races − worst', () => {
  const base = { scoring: { race: { points: F1_POINTS, awardBy: 'overall' as const } } }
  const files = filesOf(
    results('r01', order(['1', '2', '3'])),
    results('r02', order(['3', '2', '1'])),
    results('r03', order(['2', '1', '3'])),
    results('r04', order(['1', '3', '2'])),
  )
  const final = (drops: { best: number } | { worst: number }) =>
    pointsTable(
      tableOf(
        computeSeasonStandings(
          makeSeason({ ...base, championships: [{ id: 'd', name: 'D', kind: 'drivers', drops }] }),
          files,
        ),
        'd',
      ),
    )
  expect(final({ best: 3 })).toEqual(final({ worst: 1 }))
  expect(final({ best: 1 })).toEqual(final({ worst: 3 }))
})
