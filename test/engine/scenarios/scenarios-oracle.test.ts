/**
 * The scenarios against brute force (docs/scoring-rules.md#scenarios): on small random seasons
 * (scenario-oracle.ts lists every outcome of the races left and asks the standings engine), the
 * title status, best position and points range must be exactly right, and the worst position
 * exact when it says so and never better than the truth when it is a bound. `ORACLE_CASES=2000`
 * runs a longer search; CI runs the default.
 */
import { expect, test } from 'vitest'
import { championshipScenarios } from '../../../src/engine/scenarios/scenarios.ts'
import { computeSeasonStandings } from '../../../src/engine/scoring/season-standings.ts'
import { oracle, outcomeCount } from '../../fixtures/scenario-oracle.ts'
import { smallCase } from '../../fixtures/small-season.ts'

const CASES = Number(process.env.ORACLE_CASES ?? 150)
const LEAVES = Number(process.env.ORACLE_LEAVES ?? 2500)

test(
  `brute force: ${CASES} small seasons, every row's scenarios equal what enumeration finds`,
  { timeout: 600_000 },
  () => {
    const wrong: Array<string> = []
    let rows = 0
    let bounds = 0
    let cases = 0
    const kinds = new Set<string>()
    for (let seed = 1; cases < CASES; seed += 1) {
      const c = smallCase(seed)
      const leaves = outcomeCount(c.season, c.files, c.championship, c.asOf)
      if (leaves === 0 || leaves > LEAVES) continue
      const truth = oracle(c.season, c.files, c.championship, c.asOf)
      if (truth === null) continue
      cases += 1
      const standings = computeSeasonStandings(c.season, c.files)
      const progression = standings.championships[0]!
      const { championship } = progression
      kinds.add(championship.kind === 'teams' ? (championship.method ?? 'sum') : 'drivers')
      const step = progression.steps.findIndex((race) => race.race.id === c.asOf)
      for (const row of championshipScenarios(standings, progression, step).rows) {
        const t = truth.get(row.id)!
        rows += 1
        if (!row.worstPositionExact) bounds += 1
        const got = {
          minPoints: row.minPoints,
          maxPoints: row.maxPoints,
          bestPosition: row.bestPosition,
          clinched: row.status === 'clinched',
          eliminated: row.status === 'eliminated',
          worst: row.worstPositionExact
            ? row.worstPosition
            : Math.max(row.worstPosition, t.worstPosition),
        }
        const want = {
          minPoints: t.minPoints,
          maxPoints: t.maxPoints,
          bestPosition: t.bestPosition,
          clinched: t.clinched,
          eliminated: t.eliminated,
          worst: row.worstPositionExact ? t.worstPosition : row.worstPosition,
        }
        if (JSON.stringify(got) !== JSON.stringify(want))
          wrong.push(`seed ${seed}, ${row.id}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`)
      }
    }
    expect(wrong).toEqual([])
    // Drivers, teams adding cars up and teams by rank were all tried.
    expect([...kinds].toSorted()).toEqual(['drivers', 'rank', 'sum'])
    // A bound is allowed, not a habit: nearly every worst position here is exact.
    expect(bounds / rows).toBeLessThan(0.03)
  },
)
