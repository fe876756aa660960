import type { RemainingRace } from './remaining-races.ts'
import {
  bestResult,
  bonusForFastestLap,
  finalPoints,
  isAhead,
  takesBonuses,
  wholeRace,
  withPlace,
  type Contender,
  type Standing,
} from './scenario-rules.ts'
import type { ChampionshipScenarios } from './scenarios.ts'

/** What it takes to clinch in the next race: a place, or (for teams adding cars up) points. */
export type ClinchCondition =
  | {
      readonly kind: 'place'
      /** Clinches with this place or better whatever the rivals do (null: no such place). */
      readonly whatever: number | null
      /** Clinches with this place or better when finishing ahead of every rival (null: never). */
      readonly ifAhead: number | null
      /** How many places the race has points for: "ahead of" needs no place when it reaches it. */
      readonly places: number
    }
  | { readonly kind: 'points'; readonly points: number }

/**
 * The title picture from the leader's side (docs/scoring-rules.md#scenarios). Indices are rows
 * of the table (0: the leader). The model words it (src/model/title-outlook.ts).
 */
export type TitleOutlook =
  | { readonly kind: 'clinched'; readonly leader: number; readonly racesLeft: number }
  | { readonly kind: 'shared'; readonly leaders: ReadonlyArray<number> }
  | { readonly kind: 'decided-later'; readonly leader: number; readonly race: RemainingRace }
  | {
      readonly kind: 'can-clinch'
      readonly leader: number
      readonly race: RemainingRace
      /** Table rows that could still finish level or ahead. */
      readonly rivals: ReadonlyArray<number>
      /** Whether a driver (team) yet to race is among them. */
      readonly newcomer: boolean
      readonly condition: ClinchCondition
    }

/**
 * Whether, and how, the leader can clinch the title in the next race: after it, scoring nothing
 * more, the leader must still finish ahead of every rival taking the best of everything left
 * (docs/scoring-rules.md#scenarios). A rival gets the best place the leader leaves in its group
 * and both bonuses, so a condition never promises too much.
 */
export function titleOutlook(scenarios: ChampionshipScenarios): TitleOutlook | null {
  const { rows, contenders, remaining, rules, newcomer } = scenarios
  const leaderRow = rows[0]
  const leader = contenders[0]
  if (leaderRow === undefined || leader === undefined) return null
  if (leaderRow.status === 'clinched')
    return { kind: 'clinched', leader: 0, racesLeft: remaining.length }
  const next = remaining[0]
  if (next === undefined) {
    const leaders = rows.flatMap((row, i) => (row.bestPosition === 1 ? [i] : []))
    return { kind: 'shared', leaders }
  }
  const rivals = contenders.flatMap((c, i) =>
    i > 0 && !isAhead(leader.min, c.max, rules.countback) ? [i] : [],
  )
  const newcomerRival = newcomer !== null && !isAhead(leader.min, newcomer.max, rules.countback)
  const field = [
    ...rivals.map((i) => contenders[i]!),
    ...(newcomerRival && newcomer ? [newcomer] : []),
  ]
  // Each rival's best of the races after the next one, worked out once per rival.
  const later = remaining.slice(1)
  const afterNext = new Map<Contender, { points: Array<number>; places: Array<number> }>()
  const laterBest = (c: Contender) => {
    const known = afterNext.get(c)
    if (known !== undefined) return known
    const best = later.map((race) => bestResult(rules, race, c.tally.field))
    const places = [...c.tally.places]
    for (const result of best) for (const p of result.places) places[p] = (places[p] ?? 0) + 1
    const made = { points: best.map((r) => r.points), places }
    afterNext.set(c, made)
    return made
  }
  const rivalFinal = (
    c: Contender,
    points: number,
    nextPlaces: ReadonlyArray<number>,
  ): Standing => {
    const best = laterBest(c)
    const places = [...best.places]
    for (const p of next.countsForCountback ? nextPlaces : []) places[p] = (places[p] ?? 0) + 1
    return { points: finalPoints(c.tally, rules, [points, ...best.points]), places }
  }
  const condition =
    rules.method === 'sum'
      ? pointsCondition(leader, field, next, rivalFinal, scenarios)
      : placeCondition(leader, field, next, rivalFinal, scenarios)
  const tableRivals = rivals.filter((i) => i < rows.length)
  return condition === null
    ? { kind: 'decided-later', leader: 0, race: next }
    : {
        kind: 'can-clinch',
        leader: 0,
        race: next,
        rivals: tableRivals,
        newcomer: newcomerRival,
        condition,
      }
}

type RivalFinal = (c: Contender, points: number, places: ReadonlyArray<number>) => Standing

function placeCondition(
  leader: Contender,
  rivals: ReadonlyArray<Contender>,
  next: RemainingRace,
  rivalFinal: RivalFinal,
  { rules }: ChampionshipScenarios,
): ClinchCondition | null {
  const places = Math.max(1, next.prizes.findIndex((p) => p === 0) + 1 || next.prizes.length + 1)
  const bonuses = takesBonuses(rules)
    ? (place: number) => next.pole + bonusForFastestLap(next, place)
    : () => 0
  const leaderAt = (place: number): Standing => ({
    points: finalPoints(leader.tally, rules, [next.prizes[place - 1] ?? 0]),
    places: next.countsForCountback ? withPlace(leader.tally.places, place) : leader.tally.places,
  })
  const shared = (c: Contender) => wholeRace(rules, next) || sameClass(leader, c)
  // The best place left to a rival: behind the leader when "ahead of", else the top one free.
  const beaten = (place: number, ahead: boolean) =>
    rivals.every((c) => {
      const rivalPlace = !shared(c) ? 1 : ahead ? place + 1 : place === 1 ? 2 : 1
      const points = (next.prizes[rivalPlace - 1] ?? 0) + bonuses(rivalPlace)
      return isAhead(leaderAt(place), rivalFinal(c, points, [rivalPlace]), rules.countback)
    })
  const best = (ahead: boolean) => {
    let found: number | null = null
    for (let place = 1; place <= places && beaten(place, ahead); place += 1) found = place
    return found
  }
  const whatever = best(false)
  const ifAhead = best(true)
  return whatever === null && ifAhead === null ? null : { kind: 'place', whatever, ifAhead, places }
}

/** Teams adding their cars up: the fewest points in the next race that clinch whatever happens. */
function pointsCondition(
  leader: Contender,
  rivals: ReadonlyArray<Contender>,
  next: RemainingRace,
  rivalFinal: RivalFinal,
  { rules }: ChampionshipScenarios,
): ClinchCondition | null {
  const most = bestResult(rules, next, leader.tally.field).points
  const finals = rivals.map((c) => {
    const best = bestResult(rules, next, c.tally.field)
    return rivalFinal(c, best.points, best.places)
  })
  const clinchesWith = (points: number) => {
    const own = { points: finalPoints(leader.tally, rules, [points]), places: leader.tally.places }
    return finals.every((rival) => isAhead(own, rival, rules.countback))
  }
  if (!clinchesWith(most)) return null
  // Points come in whole (or half) numbers: the smallest step that is enough.
  const step =
    next.prizes.every(Number.isInteger) && Number.isInteger(next.pole + next.fastestLap) ? 1 : 0.5
  let low = 0
  let high = Math.ceil(most / step)
  while (low < high) {
    const mid = (low + high) >> 1
    if (clinchesWith(mid * step)) high = mid
    else low = mid + 1
  }
  return { kind: 'points', points: low * step }
}

function sameClass(a: Contender, b: Contender): boolean {
  const fa = a.tally.field
  const fb = b.tally.field
  if (fa.kind !== 'cars' || fb.kind !== 'cars') return true
  return fa.classes.some((cls) => fb.classes.includes(cls))
}
