import type {
  Adjustment,
  Championship,
  RaceResults,
  ResultRow,
  Round,
  ScoringRule,
  Season,
} from '../../src/engine/types.ts'
import { seasonTeams, type F1Engines, type SeasonTeams } from './f1-engines.ts'
import type { F1dbNames, F1dbRace, F1dbRow, F1dbSeason } from './f1db.ts'
import { eraOf, type F1Rules } from './f1-rules.ts'

/** One season converted: the season file, its result files by path, and what it cannot say yet. */
export interface ConvertedSeason {
  readonly season: Season
  readonly results: ReadonlyMap<string, RaceResults>
  /** Rules of this season the format cannot express: while any is listed, it is not shipped. */
  readonly unsupported: ReadonlyArray<string>
}

/** F1DB's non-numeric positions: the status of a car that took part, or null for one that did not start the event. */
const STATUS: Readonly<Record<string, ResultRow['status'] | null>> = {
  DNF: 'dnf',
  DNS: 'dns',
  DSQ: 'dsq',
  EX: 'dsq',
  NC: 'nc',
  // Did not qualify, did not pre-qualify, did not practise: never in the race.
  DNQ: null,
  DNPQ: null,
  DNP: null,
}

const SPECIAL_NAMES: Readonly<Record<string, string>> = { 'sao-paulo': 'São Paulo' }

/** "great-britain" → "Great Britain": the Grand Prix a round is known by. */
export function grandPrixName(id: string): string {
  return (
    SPECIAL_NAMES[id] ??
    id
      .split('-')
      .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
      .join(' ')
  )
}

const raceId = (round: number) => `r${String(round).padStart(2, '0')}`

/**
 * A season of the F1DB extract in the season format (docs/data-format.md), with the rules its
 * era declares (data-src/f1/rules.json). Result files carry facts only — places, statuses,
 * laps, the pole (qualifying's first place) and the fastest lap; the engine computes every point.
 */
export function convertSeason(
  source: F1dbSeason,
  drivers: F1dbNames,
  constructors: F1dbNames,
  rules: F1Rules,
  engines: F1Engines,
): ConvertedSeason {
  const year = source.year
  const teams = seasonTeams(engines, year)
  const era = eraOf(rules, year)
  const particular = rules.seasons[String(year)] ?? {}
  const results = new Map<string, RaceResults>()
  const driverIds = new Set<string>()
  const teamIds = new Set<string>()
  const rounds: Array<Round> = source.races.map((race) => {
    const id = raceId(race.round)
    const multiplier = particular.multipliers?.[race.grandPrixId]
    const grandPrix = {
      id,
      name: 'Grand Prix',
      type: 'race',
      date: race.date,
      results: `results/${id}.json`,
      ...(multiplier === undefined ? {} : { pointsMultiplier: multiplier }),
    }
    const unscored = new Set(
      (particular.noPoints ?? [])
        .filter((n) => n.grandPrix === race.grandPrixId)
        .map((n) => n.driver),
    )
    const classification = resultsOf(id, race, race.results, true, teams)
    const flagged = classification.rows.map((row) =>
      row.drivers.some((d) => unscored.has(d)) ? { ...row, noPoints: true } : row,
    )
    if (flagged.filter((row) => row.noPoints === true).length !== unscored.size)
      throw new Error(`${year} ${race.grandPrixId}: a noPoints driver is not in the results`)
    results.set(grandPrix.results, { ...classification, rows: flagged })
    const sprint =
      race.sprint === undefined || race.sprint.length === 0
        ? []
        : [
            {
              id: `${id}s`,
              name: 'Sprint',
              type: 'sprint',
              date: race.date,
              results: `results/${id}s.json`,
            },
          ]
    for (const s of sprint)
      results.set(s.results, resultsOf(s.id, race, race.sprint ?? [], false, teams))
    return {
      round: race.round,
      name: grandPrixName(race.grandPrixId),
      circuit: race.circuitId,
      races: [...sprint, grandPrix],
    }
  })
  for (const file of results.values())
    for (const row of file.rows) {
      for (const d of row.drivers) driverIds.add(d)
      teamIds.add(row.team)
    }
  const raceRule: ScoringRule = {
    points: era.points,
    awardBy: 'overall',
    bonuses:
      era.fastestLap === undefined
        ? {}
        : {
            fastestLap: era.fastestLap,
            ...(era.fastestLapMaxPosition === undefined
              ? {}
              : { fastestLapMaxPosition: era.fastestLapMaxPosition, requireClassified: true }),
          },
  }
  const tieRule = era.countbackPlaces === undefined ? {} : { countbackPlaces: era.countbackPlaces }
  const gpRace = new Map(source.races.map((race) => [race.grandPrixId, raceId(race.round)]))
  const excludedFrom = (championship: 'drivers' | 'constructors') => {
    const excluded = (particular.excluded ?? [])
      .filter((e) => e.championship === championship)
      .map((e) => {
        if (e.afterGrandPrix === undefined) return { id: e.id, reason: e.reason }
        const afterRace = gpRace.get(e.afterGrandPrix)
        if (afterRace === undefined)
          throw new Error(`${year}: exclusion after ${e.afterGrandPrix}, not a Grand Prix`)
        return { id: e.id, afterRace, reason: e.reason }
      })
    return excluded.length === 0 ? {} : { excluded }
  }
  const championships: Array<Championship> = [
    {
      id: 'drivers',
      name: 'Drivers',
      kind: 'drivers',
      ...(era.drivers?.best === undefined ? {} : { drops: { best: era.drivers.best } }),
      ...tieRule,
      ...excludedFrom('drivers'),
    },
    ...(year >= 1958
      ? [
          {
            id: 'constructors',
            name: 'Constructors',
            kind: 'teams' as const,
            ...(era.constructors?.carsPerRace === undefined
              ? {}
              : { carsPerRace: era.constructors.carsPerRace }),
            ...(era.constructors?.best === undefined
              ? {}
              : { drops: { best: era.constructors.best } }),
            ...tieRule,
            ...excludedFrom('constructors'),
          },
        ]
      : []),
  ]
  const gpIndex = new Map(source.races.map((race) => [race.grandPrixId, raceId(race.round)]))
  const adjustments: Array<Adjustment> = (particular.adjustments ?? []).map((a) => {
    const afterRace = gpIndex.get(a.afterGrandPrix)
    if (afterRace === undefined)
      throw new Error(
        `${year}: adjustment after ${a.afterGrandPrix}, not a Grand Prix of the season`,
      )
    const base = { championship: a.championship, points: a.points, afterRace, reason: a.reason }
    if (a.driver !== undefined) return { ...base, driver: a.driver }
    if (a.team !== undefined) return { ...base, team: a.team }
    throw new Error(`${year}: adjustment without a driver or team`)
  })
  const season: Season = {
    format: 'pitboard-season/1',
    series: { id: 'f1', name: 'Formula One World Championship' },
    season: year,
    classes: [{ id: 'f1', name: 'F1' }],
    drivers: [...driverIds].sort().map((id) => ({ id, name: drivers[id]?.name ?? id })),
    teams: [...teamIds].sort().map((id) => ({
      id,
      name: teams.nameOf(id, (c) => constructors[c]?.name ?? c),
    })),
    rounds,
    scoring: {
      race: raceRule,
      ...(era.sprint === undefined
        ? {}
        : { sprint: { points: era.sprint, awardBy: 'overall', countback: false } }),
    },
    championships,
    ...(adjustments.length === 0 ? {} : { adjustments }),
  }
  return {
    season,
    results,
    unsupported: [...(era.unsupported ?? []), ...(particular.unsupported ?? [])],
  }
}

/** One classification as a result file: a row per car (F1DB lists a shared car once per driver). */
function resultsOf(
  id: string,
  race: F1dbRace,
  rows: ReadonlyArray<F1dbRow>,
  grandPrix: boolean,
  teams: SeasonTeams,
): RaceResults {
  const pole = grandPrix ? race.qualifyingTop3.find((q) => q.position === 1)?.driverId : undefined
  const fastest = new Set(grandPrix ? race.fastestLaps.map((f) => f.driverId) : [])
  const cars = new Map<string, ResultRow>()
  const taking = rows.filter((row) => typeof row.position === 'number' || STATUS[row.position])
  const started = new Set(
    taking.filter((row) => row.position !== 'DNS').map((row) => row.driverNumber),
  )
  for (const row of rows) {
    const status = typeof row.position === 'number' ? 'classified' : STATUS[row.position]
    if (status === undefined) throw new Error(`${id}: unknown F1DB position ${row.position}`)
    if (status === null) continue
    // A driver who did not start while another raced a car of the same number ("car raced by
    // Jarier", 1981 Brazil): a car of its own, so each car number names one car.
    const car =
      status === 'dns' && started.has(row.driverNumber)
        ? `${row.driverNumber} (DNS)`
        : String(row.driverNumber)
    const key = `${car}|${String(row.position)}|${row.constructorId}`
    const earlier = cars.get(key)
    if (earlier !== undefined) {
      cars.set(key, { ...earlier, drivers: [...earlier.drivers, row.driverId] })
      continue
    }
    const facts = {
      car,
      drivers: [row.driverId],
      team: teams.teamOf(row.constructorId, row.driverId, race.round),
      class: 'f1',
      ...(row.driverId === pole ? { pole: true } : {}),
      ...(fastest.has(row.driverId) ? { fastestLap: true } : {}),
      ...(row.laps === undefined || row.laps === null ? {} : { laps: row.laps }),
      ...(row.time === undefined || row.time === null ? {} : { time: row.time }),
      ...(row.reasonRetired === undefined || row.reasonRetired === null
        ? {}
        : { reason: row.reasonRetired }),
    }
    cars.set(
      key,
      typeof row.position === 'number'
        ? { ...facts, status: 'classified', position: row.position }
        : { ...facts, status: status === 'classified' ? 'dnf' : status },
    )
  }
  // Places F1DB skips (1983 Brazil: second vacated, nobody moved up) are vacant, not renumbered.
  const held = new Set(
    [...cars.values()].flatMap((r) => (r.status === 'classified' ? [r.position] : [])),
  )
  const last = Math.max(0, ...held)
  const vacant = Array.from({ length: last }, (_, i) => i + 1).filter((p) => !held.has(p))
  return {
    format: 'pitboard-results/1',
    race: id,
    status: 'official',
    rows: [...cars.values()],
    ...(vacant.length > 0 ? { vacant } : {}),
  }
}
