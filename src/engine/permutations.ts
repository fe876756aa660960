import { placesToTell, raceOutcomes } from './race-outcomes.ts'
import type { RemainingRace } from './remaining-races.ts'
import { rivalLimit } from './rival-limit.ts'
import { verdictOf, type PermutationRow, type RivalSide } from './permutation-row.ts'
import {
  bestResult,
  finalPoints,
  isAhead,
  wholeRace,
  withPlace,
  type Contender,
  type Standing,
} from './scenario-rules.ts'
import type { ChampionshipScenarios } from './scenarios.ts'
import { teamPermutationRows } from './team-permutations.ts'

/**
 * The championship permutations of the next race (docs/scoring-rules.md#permutations): for each
 * result the leader can take there, whether it clinches the title always, never, or if each
 * rival keeps within its limit. Every condition is a set of real outcomes: for drivers (and
 * teams by rank) exactly those that clinch; for teams adding cars up, by points, those that
 * clinch whatever places make the points.
 */
export interface PermutationTable {
  readonly race: RemainingRace
  /** Contender index of the leader (0). */
  readonly leader: number
  /** Contender indices of the rivals still able to finish level or ahead; -1: a newcomer. */
  readonly rivals: ReadonlyArray<number>
  /** Per rival: whether it fights for the same places (its class, or the whole race). */
  readonly sameGroup: ReadonlyArray<boolean>
  /** How many places the rows tell apart: the last numbered row means that place or lower. */
  readonly places: number
  /** `place`: rows by place and bonuses; `points`: rows by the points a team scores. */
  readonly by: 'place' | 'points'
  /** Best results first. */
  readonly rows: ReadonlyArray<PermutationRow>
}

/**
 * The permutation table of the leader's next race; null when the title is settled, there is no
 * race left, or no one is left to beat.
 */
export function permutationTable(scenarios: ChampionshipScenarios): PermutationTable | null {
  const { rows, contenders, remaining, rules, newcomer, asOf } = scenarios
  const leader = contenders[0]
  if (leader === undefined || rows[0]?.status === 'clinched') return null
  // The next race on the calendar; an earlier race without a result stays one of the later ones.
  const later = remaining.findIndex((race) => race.race.index > asOf.index)
  const slot = later < 0 ? 0 : later
  const race = remaining[slot]
  if (race === undefined) return null
  const rivalIds = contenders.flatMap((c, i) =>
    i > 0 && !isAhead(leader.min, c.max, rules.countback) ? [i] : [],
  )
  if (newcomer !== null && !isAhead(leader.min, newcomer.max, rules.countback)) rivalIds.push(-1)
  if (rivalIds.length === 0) return null

  // Each side's final standing with `points` in the next race: the leader scoring nothing more
  // after it, a rival the best of every other race left.
  const finalWith = (c: Contender, others: (i: number) => number, extra: ReadonlyArray<number>) => {
    const scores = remaining.map((_, i) => (i === slot ? 0 : others(i)))
    return (points: number, place: number | null): Standing => {
      scores[slot] = points
      const places = place !== null && race.countsForCountback ? withPlace(extra, place) : extra
      return { points: finalPoints(c.tally, rules, scores), places }
    }
  }
  const rivalSide = (c: Contender): RivalSide => {
    const best = remaining.map((r, i) => (i === slot ? null : bestResult(rules, r, c.tally.field)))
    const places = [...c.tally.places]
    for (const result of best)
      for (const p of result?.places ?? []) places[p] = (places[p] ?? 0) + 1
    return {
      contender: c,
      sameGroup: wholeRace(rules, race) || sameClass(leader, c),
      final: finalWith(c, (i) => best[i]?.points ?? 0, places),
    }
  }
  const rivals = rivalIds.map((i) => rivalSide(i < 0 ? newcomer! : contenders[i]!))
  const sameGroup = rivals.map((rival) => rival.sameGroup)
  const leaderFinal = finalWith(leader, () => 0, leader.tally.places)
  if (rules.method === 'sum') {
    const table = teamPermutationRows(rules, race, leader, leaderFinal, rivals)
    return { race, leader: 0, rivals: rivalIds, sameGroup, places: 0, by: 'points', rows: table }
  }
  // Every car of the table may finish ahead of the leader: places down to the last one count.
  const cars = contenders.length + scenarios.newcomers
  const places = placesToTell(race, rules.countback, cars)
  const table = raceOutcomes(rules, race, places).map((outcome): PermutationRow => {
    const own = leaderFinal(outcome.points, outcome.place)
    const limits = rivals.map((rival) =>
      rivalLimit(rules, race, places, outcome, rival.sameGroup, (o) =>
        isAhead(own, rival.final(o.points, o.place), rules.countback),
      ),
    )
    return { leader: outcome, clinches: verdictOf(limits), limits }
  })
  return { race, leader: 0, rivals: rivalIds, sameGroup, places, by: 'place', rows: table }
}

/**
 * Whether two entries race for the same places in their class: a driver yet to race may choose
 * another class, so nothing it takes is ruled out by the leader's result.
 */
function sameClass(a: Contender, b: Contender): boolean {
  const fa = a.tally.field
  const fb = b.tally.field
  if (fa.kind !== 'cars' || fb.kind !== 'cars') return false
  return fa.classes.some((cls) => fb.classes.includes(cls))
}
