import { expect, test } from 'vitest'
import type { PermutationRow } from '../../src/engine/scenarios/permutation-row.ts'
import { verdictOf } from '../../src/engine/scenarios/permutation-row.ts'
import type { RivalLimit } from '../../src/engine/scenarios/rival-limit.ts'
import { pointsRows } from '../../src/model/permutations-view-row.ts'

/*
 * A table by points (a team adding its cars up, or a weekend) as the Permutations view lays it
 * out (docs/dashboard.md#permutations), rows worked by hand: runs of rows that read alike are
 * one row, and within a run each rival's limit is said as a margin below the leader's points.
 */
const ANY: RivalLimit = { kind: 'any', places: [], maxPoints: 40, minStopping: Infinity }
const ALIVE: RivalLimit = { kind: 'alive', places: [], maxPoints: -1, minStopping: 0 }
const upTo = (maxPoints: number): RivalLimit => ({
  kind: 'at-most',
  places: [],
  maxPoints,
  minStopping: maxPoints + 1,
})
const row = (points: number, ...limits: ReadonlyArray<RivalLimit>): PermutationRow => ({
  leader: { place: null, pole: false, fastestLap: false, points },
  clinches: verdictOf(limits),
  limits,
})
/** Each row's own cells, as a table of one row writes them. */
const own = (r: PermutationRow) => r.limits.map((l) => `${l.kind} ${l.maxPoints}`)

test('rows by points: the most first ("or more"), runs alike merged, a run of conditions said as margins, a single row as itself', () => {
  const rows = [
    row(31, ANY, ANY),
    row(30, ANY, ANY),
    // 29 and 28: Ferrari 9 below the leader's points, McLaren free: one run.
    row(29, upTo(20), ANY),
    row(28, upTo(19), ANY),
    // 27: McLaren limited too; a row of its own.
    row(27, upTo(19), upTo(25)),
    // 20: Ferrari may score more than the leader, by up to 4.
    row(20, upTo(24), ANY),
    row(19, upTo(23), ANY),
    row(18, ALIVE, ANY),
    row(17, ALIVE, ANY),
  ]
  expect(pointsRows(rows, own).map((r) => [r.result, r.clinches, r.cells])).toEqual([
    ['30 points or more', 'always', ['any 40', 'any 40']],
    ['28–29 points', 'if', ['outscored by 9 points or more', 'any result']],
    ['27 points', 'if', ['at-most 19', 'at-most 25']],
    ['19–20 points', 'if', ['at most 4 points more', 'any result']],
    ['17–18 points', 'never', ['alive -1', 'any 40']],
  ])
  // Each row stands for the engine's rows it merges.
  expect(pointsRows(rows, own).map((r) => r.outcomes.map((o) => o.leader.points))).toEqual([
    [31, 30],
    [29, 28],
    [27],
    [20, 19],
    [18, 17],
  ])
})

test('rows by points: a margin of nothing is "outscored by 0 points or more"; one run is "any result"', () => {
  expect(pointsRows([row(12, upTo(12)), row(11, upTo(11))], own)).toMatchObject([
    { result: 'any result', clinches: 'if', cells: ['outscored by 0 points or more'] },
  ])
})
