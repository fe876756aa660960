import {
  bonusForFastestLap,
  finalPoints,
  classesOf,
  groupIn,
  isAhead,
  takesBonuses,
  type Contender,
  type ScenarioRules,
  type Standing,
} from './scenario-rules.ts'

/** One way a race can go for the members: each member's score and place (0: none). */
interface RaceOutcome {
  readonly scores: ReadonlyArray<number>
  readonly places: ReadonlyArray<number>
}

/**
 * The most of `members` that can finish ahead of `target` together, found by trying every way
 * the remaining races can go for them (docs/scoring-rules.md#scenarios); null when that is more
 * than `limit` ways. Without loss of generality every member takes a place (the others can only
 * finish behind them) and each bonus goes to a member who can take it. For entries of one car
 * each (drivers, teams by rank); `key` is the class a driver yet to race takes.
 */
export function exactPassers(
  members: ReadonlyArray<Contender>,
  target: Standing,
  rules: ScenarioRules,
  key: string,
  limit: number,
): number | null {
  if (rules.method === 'sum') return null
  // The bound is never below the ways the races can really go, so the search stays in `limit`.
  if (outcomesPerRace(members, rules) ** rules.remaining.length > limit) return null
  const perRace: Array<ReadonlyArray<RaceOutcome>> = []
  for (const race of rules.remaining) {
    const groups = new Map<string, Array<number>>()
    members.forEach((m, i) => {
      if (m.tally.field.kind === 'none') return
      const group = groupIn(rules, race, classesOf(m.tally.field, rules, key)[0] ?? '')
      const list = groups.get(group)
      if (list === undefined) groups.set(group, [i])
      else list.push(i)
    })
    let outcomes: Array<RaceOutcome> = [
      {
        scores: new Array<number>(members.length).fill(0),
        places: new Array<number>(members.length).fill(0),
      },
    ]
    for (const group of groups.values()) {
      const next: Array<RaceOutcome> = []
      for (const order of permutations(group))
        for (const pole of !takesBonuses(rules) || race.pole === 0 ? [-1] : order)
          for (const lap of !takesBonuses(rules) || race.fastestLap === 0
            ? [-1]
            : order.filter((_, i) => bonusForFastestLap(race, i + 1) > 0)) {
            for (const base of outcomes) {
              const scores = [...base.scores]
              const places = [...base.places]
              order.forEach((member, i) => {
                places[member] = i + 1
                scores[member] =
                  (race.prizes[i] ?? 0) +
                  (member === pole ? race.pole : 0) +
                  (member === lap ? race.fastestLap : 0)
              })
              next.push({ scores, places })
            }
          }
      outcomes = next
    }
    perRace.push(
      outcomes.map((o) => (race.countsForCountback ? o : { ...o, places: o.places.map(() => 0) })),
    )
  }
  let best = 0
  const scores = members.map(() => new Array<number>(rules.remaining.length).fill(0))
  const places = members.map((m) => [...m.tally.places])
  const visit = (r: number): boolean => {
    if (r === perRace.length) {
      let passing = 0
      members.forEach((m, i) => {
        const standing = {
          points: finalPoints(m.tally, rules, scores[i] ?? []),
          places: places[i] ?? [],
        }
        if (isAhead(standing, target, rules.countback)) passing += 1
      })
      best = Math.max(best, passing)
      return best === members.length
    }
    for (const outcome of perRace[r] ?? []) {
      outcome.scores.forEach((score, i) => {
        const own = scores[i]
        if (own !== undefined) own[r] = score
        countPlace(places[i], outcome.places[i] ?? 0, 1)
      })
      const done = visit(r + 1)
      outcome.places.forEach((place, i) => countPlace(places[i], place, -1))
      if (done) return true
    }
    return false
  }
  visit(0)
  return best
}

/** Counts `place` `by` more on `histogram`; 0 is no place (not classified, or not read). */
function countPlace(histogram: Array<number> | undefined, place: number, by: number): void {
  if (place > 0 && histogram !== undefined) histogram[place] = (histogram[place] ?? 0) + by
}

/**
 * An upper bound on the ways one race can go for `members`: k!·k² with all k in one group; groups
 * of sizes g₁ + g₂ = k have fewer, g₁!·g₂!·g₁²·g₂² (the binomial C(k, g₁) outgrows (g₁g₂ / k)²).
 */
function outcomesPerRace(members: ReadonlyArray<Contender>, rules: ScenarioRules): number {
  let ways = 1
  for (let k = 2; k <= members.length; k += 1) ways *= k
  return takesBonuses(rules) ? ways * Math.max(1, members.length) ** 2 : ways
}

function permutations(items: ReadonlyArray<number>): Array<ReadonlyArray<number>> {
  if (items.length <= 1) return [items]
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  )
}
