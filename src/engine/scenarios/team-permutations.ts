import { pointsStep } from './points-step.ts'
import type { RemainingRace } from './remaining-races.ts'
import type { RivalLimit } from './rival-limit.ts'
import {
  bestResult,
  isAhead,
  type Contender,
  type ScenarioRules,
  type Standing,
} from './scenario-rules.ts'
import { verdictOf, type PermutationRow, type RivalSide } from './permutation-row.ts'

/**
 * The permutations of a team adding its cars up (docs/scoring-rules.md#permutations): one row
 * per points total the team can score in the next race, each rival's limit in points. Which
 * places make a total is left open, so a rival's total counts with the best places it can
 * have, and the leader's with none: a row says "clinches" only where every way of scoring the
 * points does.
 */
export function teamPermutationRows(
  rules: ScenarioRules,
  race: RemainingRace,
  leader: Contender,
  leaderFinal: (points: number, place: number | null) => Standing,
  rivals: ReadonlyArray<RivalSide>,
): ReadonlyArray<PermutationRow> {
  const step = pointsStep(race)
  const most = bestResult(rules, race, leader.tally.field).points
  const rivalMost = rivals.map((r) => bestResult(rules, race, r.contender.tally.field))
  const rows: Array<PermutationRow> = []
  for (let n = Math.round(most / step); n >= 0; n -= 1) {
    const points = n * step
    const own = leaderFinal(points, null)
    const limits = rivals.map((rival, r): RivalLimit => {
      const best = rivalMost[r] ?? { points: 0, places: [] }
      const beaten = (y: number) => {
        const final = rival.final(y, null)
        const places = [...final.places]
        for (const p of race.countsForCountback ? best.places : []) places[p] = (places[p] ?? 0) + 1
        return isAhead(own, { points: final.points, places }, rules.countback)
      }
      const top = Math.round(best.points / step)
      if (!beaten(0)) return { kind: 'alive', places: [], maxPoints: -1, minStopping: 0 }
      if (beaten(top * step))
        return { kind: 'any', places: [], maxPoints: best.points, minStopping: Infinity }
      // The most points the rival may score, by halving: more points never help the leader.
      let low = 0
      let high = top
      while (low < high) {
        const mid = (low + high + 1) >> 1
        if (beaten(mid * step)) low = mid
        else high = mid - 1
      }
      return { kind: 'at-most', places: [], maxPoints: low * step, minStopping: (low + 1) * step }
    })
    rows.push({
      leader: { place: null, pole: false, fastestLap: false, points },
      clinches: verdictOf(limits),
      limits,
    })
  }
  return rows
}
