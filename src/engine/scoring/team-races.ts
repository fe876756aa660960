import type { TeamRace } from './entry-race.ts'
import { countsClass } from './eligibility.ts'
import type { ScoredRow } from './score-race.ts'
import type { ScoredRace } from './scored-race.ts'
import type { TeamsChampionship } from '../types.ts'

/**
 * Each team's result in one race (docs/scoring-rules.md#teams).
 * - `sum`: the points of its `carsPerRace` best-scoring cars (all if unset), bonuses included.
 * - `rank`: teams ordered by their best classified car overall; k-th scores `points[k-1]`
 *   of the race type times the multiplier; no bonuses, no penalty points.
 */
export function teamRacesOf(
  championship: TeamsChampionship,
  race: ScoredRace,
): ReadonlyArray<TeamRace> {
  const carsByTeam = new Map<string, Array<ScoredRow>>()
  for (const scored of race.rows) {
    // A guest car is none of its team's cars: no points, no rank (docs/scoring-rules.md#guests).
    if (scored.guest || !countsClass(championship, scored.class)) continue
    const cars = carsByTeam.get(scored.team)
    if (cars === undefined) carsByTeam.set(scored.team, [scored])
    else cars.push(scored)
  }
  return championship.method === 'rank'
    ? rankTeams(carsByTeam, race)
    : sumTeams(carsByTeam, race, championship.carsPerRace)
}

function sumTeams(
  carsByTeam: ReadonlyMap<string, ReadonlyArray<ScoredRow>>,
  race: ScoredRace,
  carsPerRace: number | undefined,
): Array<TeamRace> {
  const out: Array<TeamRace> = []
  for (const [team, cars] of carsByTeam) {
    const counted = bestCars(cars, carsPerRace ?? cars.length)
    let points = 0
    for (let i = 0; i < cars.length; i += 1) if (counted[i] === true) points += cars[i]?.points ?? 0
    out.push({
      kind: 'team',
      team,
      raceIndex: race.race.index,
      points,
      rank: null,
      countbackRank: null,
      cars,
      counted,
    })
  }
  return out
}

/** Flags the `limit` highest-scoring cars; on equal points the better-placed car counts. */
function bestCars(cars: ReadonlyArray<ScoredRow>, limit: number): ReadonlyArray<boolean> {
  const counted = cars.map(() => limit >= cars.length)
  for (let picked = 0; picked < limit && picked < cars.length && limit < cars.length; picked += 1) {
    let best = -1
    for (let i = 0; i < cars.length; i += 1) {
      if (counted[i] === true) continue
      if (best < 0 || (cars[i]?.points ?? 0) > (cars[best]?.points ?? 0)) best = i
    }
    counted[best] = true
  }
  return counted
}

function rankTeams(
  carsByTeam: ReadonlyMap<string, ReadonlyArray<ScoredRow>>,
  race: ScoredRace,
): Array<TeamRace> {
  // Cars are in finishing order, so a team's first classified car is its best.
  const best = [...carsByTeam].map(([team, cars]) => {
    const first = cars[0]
    return { team, cars, best: first !== undefined && first.position !== null ? first : null }
  })
  const ranked = best
    .filter((t) => t.best !== null)
    .toSorted((a, b) => (a.best?.position ?? 0) - (b.best?.position ?? 0))
  const rankOf = new Map(ranked.map((t, i) => [t.team, i + 1]))
  const multiplier = race.race.race.pointsMultiplier ?? 1
  return best.map(({ team, cars, best: first }): TeamRace => {
    const rank = rankOf.get(team) ?? null
    return {
      kind: 'team',
      team,
      raceIndex: race.race.index,
      points: rank === null ? 0 : (race.rule.points[rank - 1] ?? 0) * multiplier,
      rank,
      countbackRank: race.countsForCountback ? rank : null,
      cars,
      counted: cars.map((car) => car === first),
    }
  })
}
