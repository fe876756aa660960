import { nextSlot, permutationSides, type Side } from './permutation-sides.ts'
import { verdictOf, type PermutationRow } from './permutation-row.ts'
import { pointsStep } from './points-step.ts'
import { raceOutcomes, scoringPlaces } from './race-outcomes.ts'
import type { RemainingRace } from './remaining-races.ts'
import type { RivalLimit } from './rival-limit.ts'
import { bestResult, isAhead, type ScenarioRules, type Standing } from './scenario-rules.ts'
import type { ChampionshipScenarios } from './scenarios.ts'

/**
 * The permutations of the next weekend (docs/scoring-rules.md#permutations): the races of the
 * next race's round still to run (a sprint and a Grand Prix; two Carrera Cup races), by the
 * points each side scores over them. How the points split between the races and which places
 * make them is left open, so the leader's total counts with its least useful split and no
 * places, a rival's with its most useful split and a win in each: a row may say less than is
 * true, never more.
 */
export interface WeekendTable {
  /** The races of the weekend, in calendar order (two or more). */
  readonly races: ReadonlyArray<RemainingRace>
  readonly rivals: ReadonlyArray<number>
  /** One per total the leader can score over the weekend, most first; `leader.points` the total. */
  readonly rows: ReadonlyArray<PermutationRow>
}

export function weekendTable(scenarios: ChampionshipScenarios): WeekendTable | null {
  const { remaining, rules } = scenarios
  // A settled title leaves the leader no rival: permutationSides is null.
  const first = nextSlot(scenarios)
  const round = remaining[first]?.race.round
  const slots: Array<number> = []
  for (let i = first; remaining[i]?.race.round === round && round !== undefined; i += 1)
    slots.push(i)
  if (slots.length < 2) return null
  const races = slots.map((i) => remaining[i]!)
  const sides = permutationSides(scenarios, slots)
  if (sides === null) return null
  // The leader's least useful way to each total; each rival's most useful one, with a win in
  // each race for countback.
  const leaderWorst = totals(rules, races, sides.leader, [], (a, b) => a.points < b.points)
  const rivalBest = sides.rivals.map((side) => {
    const wins = races.flatMap((race) => bestResult(rules, race, side.contender.tally.field).places)
    return [...totals(rules, races, side, wins, (a, b) => a.points > b.points)].toSorted(
      ([a], [b]) => a - b,
    )
  })
  const table = [...leaderWorst]
    .toSorted(([a], [b]) => b - a)
    .map(([points, own]): PermutationRow => {
      const limits = rivalBest.map((list): RivalLimit => {
        // The most the rival may score: every total up to it still leaves the leader ahead.
        let most = -1
        for (const [y, standing] of list) {
          if (!isAhead(own, standing, rules.countback)) break
          most = y
        }
        const top = list.at(-1)?.[0] ?? 0
        if (most < 0) return { kind: 'alive', places: [], maxPoints: -1, minStopping: 0 }
        if (most >= top) return { kind: 'any', places: [], maxPoints: top, minStopping: Infinity }
        const next = list.find(([y]) => y > most)?.[0] ?? Infinity
        return { kind: 'at-most', places: [], maxPoints: most, minStopping: next }
      })
      return {
        leader: { place: null, pole: false, fastestLap: false, points },
        clinches: verdictOf(limits),
        limits,
      }
    })
  return { races, rivals: sides.rivalIds, rows: table }
}

/**
 * Every weekend total a side can score, each with the standing the `keep` order prefers among
 * the ways to score it (the points of one car in each race: every place and bonus; a team's
 * cars any total up to its best, in the race's smallest step).
 */
function totals(
  rules: ScenarioRules,
  races: ReadonlyArray<RemainingRace>,
  side: Side,
  places: ReadonlyArray<number>,
  keep: (a: Standing, b: Standing) => boolean,
): Map<number, Standing> {
  const options = races.map((race) => pointsOptions(rules, race, side))
  const found = new Map<number, Standing>()
  const walk = (k: number, chosen: Array<number>) => {
    if (k === races.length) {
      const total = Math.round(chosen.reduce((sum, p) => sum + p, 0) * 1e6) / 1e6
      const standing = side.final(chosen, places)
      const known = found.get(total)
      if (known === undefined || keep(standing, known)) found.set(total, standing)
      return
    }
    for (const points of options[k] ?? [0]) walk(k + 1, [...chosen, points])
  }
  walk(0, [])
  return found
}

function pointsOptions(rules: ScenarioRules, race: RemainingRace, side: Side): Array<number> {
  const field = side.contender.tally.field
  if (field.kind === 'none') return [0]
  const best = bestResult(rules, race, field).points
  if (rules.method === 'sum') {
    const step = pointsStep(race)
    return Array.from({ length: Math.round(best / step) + 1 }, (_, i) => i * step)
  }
  const outcomes = raceOutcomes(rules, race, scoringPlaces(race) + 1)
  return [...new Set([0, ...outcomes.map((o) => o.points)])]
}
