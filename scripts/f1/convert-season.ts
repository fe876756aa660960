import type {
  Adjustment,
  Championship,
  RaceResults,
  Round,
  ScoringRule,
  Season,
} from '../../src/engine/types.ts'
import { resultsOf } from './convert-results.ts'
import { seasonTeams, type F1Engines } from './f1-engines.ts'
import type { F1dbNames, F1dbSeason } from './f1db.ts'
import { eraOf, type F1Counting, type F1Rules } from './f1-rules.ts'

/** One season converted: the season file, its result files by path, and what it cannot say yet. */
export interface ConvertedSeason {
  readonly season: Season
  readonly results: ReadonlyMap<string, RaceResults>
  /** Rules of this season the format cannot express: while any is listed, it is not shipped. */
  readonly unsupported: ReadonlyArray<string>
}

const SPECIAL_NAMES: Readonly<Record<string, string>> = { 'sao-paulo': 'São Paulo' }

/** "great-britain" → "Great Britain": the Grand Prix a round is known by. */
function grandPrixName(id: string): string {
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
  /** A driver's short name where F1DB's lastName says more than the name (f1-short-names.ts). */
  shortNames: ReadonlyMap<string, string> = new Map(),
): ConvertedSeason {
  const year = source.year
  const teams = seasonTeams(engines, year)
  const era = eraOf(rules, year)
  const particular = rules.seasons[String(year)] ?? {}
  const results = new Map<string, RaceResults>()
  const withFormula2 = particular.formula2 !== undefined
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
    // A tie on time whose point went to one driver (rules.json fastestLapTo), found once.
    const fastestLapTo = (particular.fastestLapTo ?? []).find(
      (f) => f.grandPrix === race.grandPrixId,
    )?.driver
    const facts = {
      teams,
      unscored: new Set(
        (particular.noPoints ?? [])
          .filter((n) => n.grandPrix === race.grandPrixId)
          .map((n) => n.driver),
      ),
      formula2: new Set(particular.formula2?.[race.grandPrixId] ?? []),
      sharedCarsScoreNothing: era.sharedCarsScoreNothing === true,
      sharedCarsSplit: era.sharedCarsSplit === true,
      shares: new Map(
        (particular.shares ?? [])
          .filter((s) => s.grandPrix === race.grandPrixId)
          .map((s) => [s.drivers.join('+'), s.shares] as const),
      ),
      fastestLapDriver:
        fastestLapTo ?? (race.fastestLaps.length === 1 ? race.fastestLaps[0]?.driverId : undefined),
      fastestLapTo,
    }
    results.set(grandPrix.results, resultsOf(id, race, race.results, true, facts))
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
      results.set(
        s.results,
        resultsOf(s.id, race, race.sprint ?? [], false, {
          teams,
          unscored: new Set(),
          formula2: new Set(),
        }),
      )
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
    // Formula 2 cars in a Grand Prix (1967, 1969 Germany): points go by place among Formula One
    // cars, so by class, and only class f1 is in the championships.
    awardBy: withFormula2 ? 'class' : 'overall',
    bonuses:
      era.fastestLap === undefined
        ? {}
        : {
            fastestLap: era.fastestLap,
            ...(era.fastestLapMaxPosition === undefined
              ? {}
              : { fastestLapMaxPosition: era.fastestLapMaxPosition, requireClassified: true }),
            ...(era.fastestLapKeptWhenDisqualified === true ? { keepWhenDisqualified: true } : {}),
          },
  }
  // The best N, or a split season: part k ends at the Grand Prix its `races` count reaches.
  const counting = (rule: F1Counting | undefined) => {
    if (rule?.parts !== undefined) {
      let end = 0
      const parts = rule.parts.map((part, k, all) => {
        end += part.races ?? 0
        return k === all.length - 1 ? { best: part.best } : { best: part.best, toRace: raceId(end) }
      })
      return { drops: { parts } }
    }
    return rule?.best === undefined ? {} : { drops: { best: rule.best } }
  }
  // The constructors' own table (1961: 8 for a win) or no fastest-lap point (1958–59).
  const constructorsScoring = () => {
    const own = { ...era.constructors, ...particular.constructors }
    if (own.points === undefined && own.fastestLap === undefined) return {}
    return {
      scoring: {
        race: {
          ...raceRule,
          points: own.points ?? raceRule.points,
          bonuses: own.fastestLap === 0 ? {} : (raceRule.bonuses ?? {}),
        },
      },
    }
  }
  // Grands Prix that do not count for constructors (the Indianapolis 500, 1958–60).
  const constructorsRaces = () => {
    const skip = new Set(era.constructors?.skipGrandPrix ?? [])
    if (skip.size === 0) return {}
    return {
      races: source.races.filter((r) => !skip.has(r.grandPrixId)).map((r) => raceId(r.round)),
    }
  }
  const onlyF1 = withFormula2 ? { classes: ['f1'] } : {}
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
      ...onlyF1,
      ...counting(particular.drivers ?? era.drivers),
      ...tieRule,
      ...excludedFrom('drivers'),
    },
    ...(year >= 1958
      ? [
          {
            id: 'constructors',
            name: 'Constructors',
            kind: 'teams' as const,
            ...onlyF1,
            ...(era.constructors?.carsPerRace === undefined
              ? {}
              : { carsPerRace: era.constructors.carsPerRace }),
            ...counting(
              particular.constructors === undefined
                ? era.constructors
                : { ...era.constructors, ...particular.constructors },
            ),
            ...tieRule,
            ...excludedFrom('constructors'),
            ...constructorsScoring(),
            ...constructorsRaces(),
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
    classes: [{ id: 'f1', name: 'F1' }, ...(withFormula2 ? [{ id: 'f2', name: 'F2' }] : [])],
    drivers: [...driverIds].sort().map((id) => {
      const shortName = shortNames.get(id)
      const name = drivers[id]?.name ?? id
      return shortName === undefined ? { id, name } : { id, name, shortName }
    }),
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
