import { expect, test } from 'vitest'
import { DropTracker } from '../../../src/engine/scoring/drop-tracker.ts'
import {
  dropPolicy,
  droppedCount,
  dropsApplyAfter,
  hasDrops,
  isDroppable,
  partOf,
  sumOfLowest,
} from '../../../src/engine/scoring/drops.ts'
import { computeSeasonStandings } from '../../../src/engine/scoring/season-standings.ts'
import type { Drops } from '../../../src/engine/types.ts'
import {
  F1_POINTS,
  filesOf,
  finished,
  makeSeason,
  order,
  out,
  pointsTable,
  results,
  rounds,
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

/** A five-race calendar r01…r05, and a drivers' championship's drop rule resolved against it. */
const calendar = ['r01', 'r02', 'r03', 'r04', 'r05']
const indexOf = (id: string) => (calendar.includes(id) ? calendar.indexOf(id) : undefined)
const policyOf = (drops?: Drops, races?: ReadonlyArray<string>) =>
  dropPolicy(
    {
      id: 'c',
      name: 'C',
      kind: 'drivers',
      ...(drops === undefined ? {} : { drops }),
      ...(races === undefined ? {} : { races }),
    },
    indexOf,
    calendar,
  )

test('hasDrops: `worst` above 0, `best` or `parts` discard results; no rule, `worst: 0`, or `fromRace` and `keep` alone discard nothing', () => {
  const discards = (drops?: Drops) =>
    hasDrops({ id: 'c', name: 'C', kind: 'drivers', ...(drops === undefined ? {} : { drops }) })
  expect(discards()).toBe(false)
  expect(discards({ worst: 0 })).toBe(false)
  expect(discards({ fromRace: 'r02', keep: ['r01'] })).toBe(false)
  expect(discards({ worst: 1 })).toBe(true)
  expect(discards({ best: 11 })).toBe(true)
  expect(discards({ parts: [{ best: 5, toRace: 'r06' }, { best: 4 }] })).toBe(true)
})

test('without a drop rule no race may be discarded, and no standings discard anything', () => {
  const policy = policyOf()
  expect(policy.worst).toBe(0)
  expect(calendar.map((id) => isDroppable(policy, id))).toEqual([false, false, false, false, false])
  expect(calendar.map((_, index) => dropsApplyAfter(policy, index))).toEqual([
    false,
    false,
    false,
    false,
    false,
  ])
})

test('best N over the season discards the droppable races beyond N: a `keep` race and a race the championship does not count are never droppable', () => {
  // Counts r01–r04 of five, keeps r02: r01, r03 and r04 are droppable, so best 2 discards 1.
  const policy = policyOf({ best: 2, keep: ['r02'] }, ['r01', 'r02', 'r03', 'r04'])
  expect(calendar.map((id) => isDroppable(policy, id))).toEqual([true, false, true, true, false])
  expect(policy.worst).toBe(1)
  // Over all five races best 2 discards 3; best 5 (or more) discards none.
  expect(policyOf({ best: 2 }).worst).toBe(3)
  expect(policyOf({ best: 5 }).worst).toBe(0)
  expect(policyOf({ best: 7 }).worst).toBe(0)
})

test('worst N from `fromRace`: the standings before it discard nothing, from it on N scores (all an entry has when it has fewer)', () => {
  const policy = policyOf({ worst: 2, fromRace: 'r03' })
  expect(calendar.map((_, index) => dropsApplyAfter(policy, index))).toEqual([
    false,
    false,
    true,
    true,
    true,
  ])
  // droppedCount(policy, part, droppable races so far, race index)
  expect(droppedCount(policy, 0, 2, 1)).toBe(0)
  expect(droppedCount(policy, 0, 3, 2)).toBe(2)
  expect(droppedCount(policy, 0, 5, 4)).toBe(2)
  // Without `fromRace`, worst 2 applies from the first race: two slots even after one race.
  const always = policyOf({ worst: 2 })
  expect([1, 2, 3].map((soFar) => droppedCount(always, 0, soFar, soFar - 1))).toEqual([2, 2, 2])
  // A `fromRace` that is not a race of the calendar is read as never.
  const never = policyOf({ worst: 2, fromRace: 'r99' })
  expect(calendar.map((_, index) => dropsApplyAfter(never, index))).toEqual([
    false,
    false,
    false,
    false,
    false,
  ])
})

test('best N after every race: k droppable races so far discard k − N, none while k ≤ N', () => {
  const policy = policyOf({ best: 2 })
  expect([1, 2, 3, 4, 5].map((soFar) => droppedCount(policy, 0, soFar, soFar - 1))).toEqual([
    0, 0, 1, 2, 3,
  ])
})

/** A Grand Prix with the named drivers at their places (others fill the rest), or retired. */
function raceOf(places: Readonly<Record<string, number | 'ret'>>) {
  const named = Object.entries(places)
  const last = Math.max(...named.map(([, p]) => (typeof p === 'number' ? p : 0)))
  const rows = Array.from({ length: last }, (_, i) => {
    const driver = named.find(([, p]) => p === i + 1)?.[0] ?? `other-${i + 1}`
    return finished(i + 1, { car: driver, driver })
  })
  const retired = named.flatMap(([driver, p]) =>
    typeof p === 'number' ? [] : [out('dnf', { car: driver, driver })],
  )
  return [...rows, ...retired]
}

test('published: 1967, best 5 of the first 6 plus best 4 of the last 5 (drops.parts) — Hulme 51, Brabham 46 of 48, Clark 41; 28, 19 and 19 after the British GP', () => {
  // Source: F1DB 1967 (data-src/f1db/1967.json, driverStandings after rounds 6 and 11), points
  // 9-6-4-3-2-1. The parts are of different sizes, so a race read into the wrong part shows.
  const hulme = [4, 1, 3, 'ret', 2, 2, 1, 2, 'ret', 3, 3] as const
  const brabham = [6, 'ret', 2, 'ret', 1, 4, 2, 1, 2, 5, 2] as const
  const clark = ['ret', 'ret', 1, 6, 'ret', 1, 'ret', 'ret', 3, 1, 1] as const
  const drops: Drops = { parts: [{ best: 5, toRace: 'r06' }, { best: 4 }] }
  const season = makeSeason({
    rounds: rounds(11),
    scoring: { race: { points: [9, 6, 4, 3, 2, 1], awardBy: 'overall' } },
    championships: [{ id: 'drivers', name: 'Drivers', kind: 'drivers', drops }],
  })
  const files = filesOf(
    ...hulme.map((h, i) =>
      results(
        `r${String(i + 1).padStart(2, '0')}`,
        raceOf({ hulme: h, brabham: brabham[i] ?? 'ret', clark: clark[i] ?? 'ret' }),
      ),
    ),
  )
  const standings = computeSeasonStandings(season, files)
  const top3 = (step: number) =>
    tableOf(standings, 'drivers', step)
      .filter((r) => ['hulme', 'brabham', 'clark'].includes(r.id))
      .map((r) => [r.id, r.position, r.points, r.pointsBeforeDrops, r.dropped])
  // After round 6 each has one result of the first part discarded (a 0; the earliest of equal 0s).
  expect(top3(5)).toEqual([
    ['hulme', 1, 28, 28, ['r04']],
    ['clark', 2, 19, 19, ['r01']], // level with Brabham, ahead on wins (2 to 1)
    ['brabham', 3, 19, 19, ['r02']],
  ])
  // At the end one of each part: Brabham's second part drops its 5th place (2 points).
  expect(top3(10)).toEqual([
    ['hulme', 1, 51, 51, ['r04', 'r09']],
    ['brabham', 2, 46, 48, ['r02', 'r10']],
    ['clark', 3, 41, 41, ['r01', 'r07']],
  ])
  // The rule resolved against the calendar: races 1–6 are the first part, 7–11 the second, each
  // discarding one result over the season.
  const ids = Array.from({ length: 11 }, (_, i) => `r${String(i + 1).padStart(2, '0')}`)
  const policy = dropPolicy(
    { id: 'drivers', name: 'Drivers', kind: 'drivers', drops },
    (id) => (ids.includes(id) ? ids.indexOf(id) : undefined),
    ids,
  )
  expect(ids.map((_, index) => partOf(policy, index))).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1])
  expect(policy.parts.map((part) => [part.best, part.worst, part.slot])).toEqual([
    [5, 1, 0],
    [4, 1, 1],
  ])
  expect(policy.worst).toBe(2)
})

const every = () => true

test("sumOfLowest (the scenarios' drops): the `worst` lowest of the kept and the droppable added scores, whatever order they come in", () => {
  expect(sumOfLowest([], [5, 1, 3], every, 2)).toBe(4)
  expect(sumOfLowest([], [1, 5, 3], every, 2)).toBe(4)
  expect(sumOfLowest([], [3, 5, 1], every, 2)).toBe(4)
  // Kept 4; added 7, 1 (not droppable), 9, 3: the two lowest droppable are 3 and 4.
  expect(sumOfLowest([4], [7, 1, 9, 3], (i) => i !== 1, 2)).toBe(7)
  expect(sumOfLowest([8, 6], [], every, 2)).toBe(14)
  expect(sumOfLowest([3], [5], every, 0)).toBe(0)
})

test('sumOfLowest: a score below zero (penalty points) is the first to go', () => {
  expect(sumOfLowest([2], [-3, 5], every, 1)).toBe(-3)
  expect(sumOfLowest([], [4, -3, 0, -1], every, 2)).toBe(-4)
})

test('sumOfLowest: with fewer droppable scores than drops every one goes, and nothing of an earlier call counts', () => {
  expect(sumOfLowest([], [9, 8, 7], every, 3)).toBe(24)
  expect(sumOfLowest([], [6], every, 3)).toBe(6)
  expect(sumOfLowest([], [], every, 2)).toBe(0)
})

test('sumOfLowest: twenty drops of twenty-one scores take off all but the best', () => {
  const scores = Array.from({ length: 21 }, (_, i) => 21 - i) // 21, 20, …, 1
  expect(sumOfLowest([], scores, every, 20)).toBe(210)
  expect(sumOfLowest(scores.slice(0, 10), scores.slice(10), every, 20)).toBe(210)
})

test('a split season, two discards a part: each entry’s discarded races and lowest scores, part by part, copied at an offset', () => {
  // Races 1–5 and 6–10 each count their best 3 (docs/scoring-rules.md#drops: drops.parts).
  const ids = Array.from({ length: 10 }, (_, i) => `r${String(i + 1).padStart(2, '0')}`)
  const policy = dropPolicy(
    {
      id: 'c',
      name: 'C',
      kind: 'drivers',
      drops: { parts: [{ best: 3, toRace: 'r05' }, { best: 3 }] },
    },
    (id) => (ids.includes(id) ? ids.indexOf(id) : undefined),
    ids,
  )
  expect(policy.parts.map((part) => [part.worst, part.slot])).toEqual([
    [2, 0],
    [2, 2],
  ])
  const scores = [
    [5, 1, 4, 2, 3, 9, 8, 7, 6, 0],
    [1, 1, 1, 1, 1, 2, 2, 2, 2, 2],
  ]
  const tracker = new DropTracker(2, policy)
  const copies = () => {
    const races = new Int32Array(3 + 8).fill(-9)
    const lowest = new Float64Array(3 + 8).fill(-9)
    tracker.copyRacesInto(races, 3)
    tracker.copyScoresInto(lowest, 3)
    return { races: Array.from(races), lowest: Array.from(lowest) }
  }
  const run = (from: number, to: number) => {
    for (let race = from; race < to; race += 1) {
      scores.forEach((own, entry) => tracker.add(entry, own[race] ?? 0, race))
      tracker.settle(race, true)
    }
  }
  run(0, 5)
  // The first part run: its two lowest go (ties: the earliest race); nothing of the second yet.
  expect(copies()).toEqual({
    races: [-9, -9, -9, 1, 3, -1, -1, 0, 1, -1, -1],
    lowest: [-9, -9, -9, 1, 2, NaN, NaN, 1, 1, NaN, NaN],
  })
  expect([tracker.droppedPoints(0), tracker.droppedPoints(1)]).toEqual([3, 2])
  run(5, 10)
  expect(copies()).toEqual({
    races: [-9, -9, -9, 1, 3, 9, 8, 0, 1, 5, 6],
    lowest: [-9, -9, -9, 1, 2, 0, 6, 1, 1, 2, 2],
  })
  expect([tracker.droppedPoints(0), tracker.droppedPoints(1)]).toEqual([9, 6])
})
