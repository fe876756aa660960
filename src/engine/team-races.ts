import type { TeamCar, TeamRace } from './entry-race.ts'
import { countsClass } from './eligibility.ts'
import type { ScoredRow } from './score-race.ts'
import type { ScoredRace } from './scored-race.ts'
import type { TeamsChampionship } from './types.ts'

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
  for (const scored of race.rows.toSorted(byFinish)) {
    if (!countsClass(championship, scored.row)) continue
    const cars = carsByTeam.get(scored.row.team)
    if (cars === undefined) carsByTeam.set(scored.row.team, [scored])
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
  return [...carsByTeam].map(([team, cars]) => {
    const best = cars.toSorted((a, b) => b.points - a.points)
    const limit = carsPerRace ?? best.length
    const counted = new Set(best.slice(0, limit))
    return {
      kind: 'team',
      entry: team,
      raceIndex: race.race.index,
      points: best.slice(0, limit).reduce((sum, car) => sum + car.points, 0),
      rank: null,
      countbackPlaces: race.countsForCountback ? placesOf(cars) : [],
      cars: cars.map((scored): TeamCar => ({ scored, counted: counted.has(scored) })),
    }
  })
}

function rankTeams(
  carsByTeam: ReadonlyMap<string, ReadonlyArray<ScoredRow>>,
  race: ScoredRace,
): Array<TeamRace> {
  const bestByTeam = [...carsByTeam].map(([team, cars]) => ({
    team,
    cars,
    best: bestClassified(cars),
  }))
  const ranked = bestByTeam
    .filter((team) => team.best !== null)
    .toSorted((a, b) => (a.best?.row.position ?? 0) - (b.best?.row.position ?? 0))
  const rankOf = new Map(ranked.map((team, i) => [team.team, i + 1]))
  const multiplier = race.race.race.pointsMultiplier ?? 1
  return bestByTeam.map(({ team, cars, best }) => {
    const rank = rankOf.get(team) ?? null
    return {
      kind: 'team',
      entry: team,
      raceIndex: race.race.index,
      points: rank === null ? 0 : (race.rule.points[rank - 1] ?? 0) * multiplier,
      rank,
      countbackPlaces: race.countsForCountback && rank !== null ? [rank] : [],
      cars: cars.map((scored): TeamCar => ({ scored, counted: scored === best })),
    }
  })
}

function bestClassified(cars: ReadonlyArray<ScoredRow>): ScoredRow | null {
  let best: ScoredRow | null = null
  for (const car of cars) {
    if (car.row.status !== 'classified') continue
    if (best === null || car.row.position < (best.row.position ?? Infinity)) best = car
  }
  return best
}

function placesOf(cars: ReadonlyArray<ScoredRow>): Array<number> {
  return cars.flatMap((car) => (car.place === null ? [] : [car.place]))
}

/** Cars in finishing order, then unclassified cars by number, whatever the order of the file. */
function byFinish(a: ScoredRow, b: ScoredRow): number {
  const pa = a.row.position ?? Infinity
  const pb = b.row.position ?? Infinity
  if (pa !== pb) return pa - pb
  return a.row.car < b.row.car ? -1 : a.row.car > b.row.car ? 1 : 0
}
