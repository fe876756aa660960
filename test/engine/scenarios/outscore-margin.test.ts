import { expect, test } from 'vitest'
import { outscoreMargin } from '../../../src/engine/scenarios/outscore-margin.ts'
import type { PermutationRow } from '../../../src/engine/scenarios/permutation-row.ts'
import type { RivalLimit } from '../../../src/engine/scenarios/rival-limit.ts'

/**
 * Hand-made permutation rows (docs/scoring-rules.md#permutations): the leader's points in the
 * next race, and one rival's limit there. A win scores 25, second 18, third 15.
 */
function row(
  points: number,
  limit: Partial<RivalLimit> & Pick<RivalLimit, 'kind'>,
): PermutationRow {
  return {
    leader: { place: null, pole: false, fastestLap: false, points },
    clinches: limit.kind === 'alive' ? 'never' : limit.kind === 'any' ? 'always' : 'if',
    limits: [{ places: [], maxPoints: 25, minStopping: Infinity, ...limit }],
  }
}

test('a margin that says it all: win and the rival must not pass 15 (outscore by 10); second and it must not pass 8', () => {
  const table = {
    rows: [
      row(25, { kind: 'at-most', maxPoints: 15, minStopping: 18 }),
      row(18, { kind: 'at-most', maxPoints: 8, minStopping: 10 }),
      row(0, { kind: 'alive', maxPoints: -1, minStopping: 0 }),
    ],
  }
  // The worst stopping result is 25 − 18 = 7 and 18 − 10 = 8 behind the leader: by 9, which
  // every row allows (25 − 9 = 16 ≥ 15, 18 − 9 = 9 ≥ 8).
  expect(outscoreMargin(table, 0)).toEqual({ by: 9, exact: true })
})

test('a margin that is only enough: the rival may score more in one row than the margin allows', () => {
  const table = {
    rows: [
      row(25, { kind: 'at-most', maxPoints: 20, minStopping: 22 }),
      row(18, { kind: 'at-most', maxPoints: 8, minStopping: 10 }),
    ],
  }
  // By 9 always clinches, but a win with the rival on 20 (5 behind) clinches too.
  expect(outscoreMargin(table, 0)).toEqual({ by: 9, exact: false })
})

test('a rival that cannot stop the leader in any row, or a row the rival is not in, gives no margin', () => {
  expect(outscoreMargin({ rows: [row(25, { kind: 'any' }), row(18, { kind: 'any' })] }, 0)).toBe(
    null,
  )
  expect(outscoreMargin({ rows: [row(25, { kind: 'at-most', minStopping: 18 })] }, 1)).toBe(null)
})

test('half points, on either side, give no whole margin to say', () => {
  expect(outscoreMargin({ rows: [row(12.5, { kind: 'at-most', minStopping: 10 })] }, 0)).toBe(null)
  expect(outscoreMargin({ rows: [row(25, { kind: 'at-most', minStopping: 17.5 })] }, 0)).toBe(null)
})

test('a newcomer who keeps it open only by starting leaves the margin exact', () => {
  const table = {
    rows: [
      row(25, { kind: 'at-most', maxPoints: 15, minStopping: 18 }),
      row(18, { kind: 'absent', maxPoints: 25, minStopping: 0 }),
    ],
  }
  // The absent row stops at 18 − 0: by 19, and the win allows it (25 − 19 = 6 < 15: not exact).
  expect(outscoreMargin(table, 0)).toEqual({ by: 19, exact: false })
  const only = { rows: [row(18, { kind: 'absent', maxPoints: 25, minStopping: 0 })] }
  expect(outscoreMargin(only, 0)).toEqual({ by: 19, exact: true })
})
