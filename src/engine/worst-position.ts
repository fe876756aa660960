import { finalPoints, finishesAhead, withPlaces, type DropRule, type Tally } from './final-tally.ts'
import type { RemainingRace } from './remaining-races.ts'
import type { Extremes } from './scenarios.ts'

/**
 * The lowest final position entry `at` can fall to (docs/scoring-rules.md#scenarios): it
 * scores nothing more, and as many others as possible pass it. Entries already sure to finish
 * ahead count at once; for the others, only one car takes each place of a race (per class when
 * places are by class), so the largest group that can all pass together is searched greedily,
 * giving the biggest prizes to whoever still needs most. When the greedy search cannot place
 * every entry that could pass on its own, the answer is a bound.
 */
export function worstPosition(
  at: number,
  tallies: ReadonlyArray<Tally>,
  extremes: ReadonlyArray<Extremes>,
  remaining: ReadonlyArray<RemainingRace>,
  drops: DropRule,
): { readonly position: number; readonly exact: boolean } {
  const own = extremes[at]
  if (own === undefined) return { position: 1, exact: true }
  let ahead = 0
  const candidates: Array<number> = []
  extremes.forEach((other, j) => {
    if (j === at) return
    if (finishesAhead(other.min, other.minPlaces, own.min, own.minPlaces)) ahead += 1
    else if (finishesAhead(other.max, other.maxPlaces, own.min, own.minPlaces)) candidates.push(j)
  })
  if (candidates.length === 0) return { position: ahead + 1, exact: true }
  const deficit = (j: number) => own.min - (extremes[j]?.min ?? 0)
  const ordered = candidates.toSorted((a, b) => deficit(a) - deficit(b))
  for (let size = ordered.length; size > 0; size -= 1) {
    if (allCanPass(ordered.slice(0, size), tallies, remaining, drops, own)) {
      const exact =
        size === ordered.length ||
        cannotAllPass(ordered.slice(0, size + 1), tallies, remaining, deficit)
      return { position: ahead + size + 1, exact }
    }
  }
  return {
    position: ahead + 1,
    exact: cannotAllPass(ordered.slice(0, 1), tallies, remaining, deficit),
  }
}

/**
 * A proof that no group this size can all pass: even the smallest deficits add up to more than
 * the places of the remaining races can hand out. Scoring x never raises a final total by more
 * than x (a drop can only absorb it), so the deficits are a lower bound on what is needed. Only
 * used when the group shares its places (one class, or places counted overall).
 */
function cannotAllPass(
  group: ReadonlyArray<number>,
  tallies: ReadonlyArray<Tally>,
  remaining: ReadonlyArray<RemainingRace>,
  deficit: (j: number) => number,
): boolean {
  const classes = new Set(group.map((j) => tallies[j]?.classId ?? ''))
  if (classes.size > 1) return false
  const capacity = remaining.reduce(
    (sum, race) =>
      sum +
      race.prizes.slice(0, group.length).reduce((a, b) => a + b, 0) +
      race.pole +
      race.fastestLap,
    0,
  )
  return group.reduce((sum, j) => sum + Math.max(0, deficit(j)), 0) > capacity
}

function allCanPass(
  group: ReadonlyArray<number>,
  tallies: ReadonlyArray<Tally>,
  remaining: ReadonlyArray<RemainingRace>,
  drops: DropRule,
  target: Extremes,
): boolean {
  const scores = new Map(group.map((j) => [j, remaining.map(() => 0)]))
  const places = new Map(group.map((j) => [j, tallies[j]?.places ?? []]))
  const needs = new Map<number, number>()
  const refresh = (j: number) => {
    const tally = tallies[j]
    needs.set(
      j,
      tally === undefined
        ? 0
        : target.min - finalPoints(tally, remaining, scores.get(j) ?? [], drops),
    )
  }
  group.forEach(refresh)
  const byClass = new Map<string, Array<number>>()
  for (const j of group) {
    const key = tallies[j]?.classId ?? ''
    byClass.set(key, [...(byClass.get(key) ?? []), j])
  }
  const add = (j: number, r: number, points: number) => {
    const list = scores.get(j)
    if (list !== undefined) list[r] = (list[r] ?? 0) + points
    refresh(j)
  }
  const neediest = (members: ReadonlyArray<number>) =>
    members.toSorted((a, b) => (needs.get(b) ?? 0) - (needs.get(a) ?? 0))
  remaining.forEach((race, r) => {
    for (const members of byClass.values()) {
      neediest(members).forEach((j, place) => {
        add(j, r, race.prizes[place] ?? 0)
        if (race.countsForCountback) places.set(j, withPlaces(places.get(j) ?? [], place + 1, 1))
      })
      // The bonuses go separately to whoever then needs most: pole and fastest lap need not
      // go with the win.
      const forPole = neediest(members)[0]
      if (forPole !== undefined && race.pole > 0) add(forPole, r, race.pole)
      const forLap = neediest(members)[0]
      if (forLap !== undefined && race.fastestLap > 0 && race.fastestLapMaxPosition === null)
        add(forLap, r, race.fastestLap)
    }
  })
  return group.every((j) => {
    const tally = tallies[j]
    if (tally === undefined) return false
    const final = finalPoints(tally, remaining, scores.get(j) ?? [], drops)
    return finishesAhead(final, places.get(j) ?? [], target.min, target.minPlaces)
  })
}
