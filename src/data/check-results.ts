import { ruleOf } from '../engine/scoring/scored-race.ts'
import type { RaceDef, RaceResults, Season } from '../engine/types.ts'
import { describeValue, formatPath, type Fault } from './fault.ts'
import { listedTwiceInCar } from './listed-twice-in-car.ts'

/**
 * Cross-checks one result file against its season (docs/data-format.md#validation): the file
 * is for the race that points at it; every driver, team and class exists; car numbers and
 * drivers appear once (a driver once per car, by identity key); classified positions, with the
 * `vacant` ones, run 1..n without gaps or repeats; at most one pole (fastest laps may tie) and
 * one fastest lap per class (per race when points go by overall position); only a reconstructed
 * file has rows marked `reconstructed`.
 */
export function checkResults(
  season: Season,
  race: RaceDef,
  results: RaceResults,
): { readonly faults: ReadonlyArray<Fault>; readonly warnings: ReadonlyArray<Fault> } {
  const file = race.results
  const faults: Array<Fault> = []
  const warnings: Array<Fault> = []
  const fault = (path: ReadonlyArray<PropertyKey>, message: string) =>
    faults.push({ file, path: formatPath(path), message })

  const fileName = file.split('/').pop() ?? file
  if (results.race !== race.id) {
    fault(['race'], `"${results.race}" does not match race "${race.id}", whose result file this is`)
  } else if (fileName !== `${race.id}.json`) {
    warnings.push({
      file,
      path: 'race',
      message: `the file of race "${race.id}" is usually named ${race.id}.json`,
    })
  }

  const { classIds, classes, drivers, teams } = seasonIds(season)
  const cars = new Map<string, number>()
  const driversSeen = new Map<string, number>()
  const positions = new Map<number, number>()
  const flags = { pole: new Map<string, number>(), fastestLap: new Map<string, number>() }
  const byOverall = ruleOf(season, race.type)?.awardBy === 'overall'

  const listedTwice = listedTwiceInCar()
  results.rows.forEach((row, r) => {
    const at = (...rest: ReadonlyArray<PropertyKey>) => ['rows', r, ...rest]
    if (!classes.has(row.class)) {
      fault(
        at('class'),
        `${describeValue(row.class)} is not a class of this season (${classIds.join(', ')})`,
      )
    }
    if (!teams.has(row.team))
      fault(at('team'), `${describeValue(row.team)} is not a team of this season`)
    for (let d = 0; d < row.drivers.length; d += 1) {
      const driver = row.drivers[d] ?? ''
      if (!drivers.has(driver))
        fault(at('drivers', d), `${describeValue(driver)} is not a driver of this season`)
      const other = driversSeen.get(driver)
      if (other === undefined) {
        driversSeen.set(driver, r)
        continue
      }
      // A driver drives one car, and may also take a turn in a shared car (Formula One until
      // 1964: Clark and Spence swapped cars at the 1964 United States Grand Prix).
      const shared = row.drivers.length > 1 || (results.rows[other]?.drivers.length ?? 0) > 1
      if (!shared)
        fault(
          at('drivers', d),
          `${describeValue(driver)} is also in rows[${other}]: a driver drives one car per race, or shares one`,
        )
    }
    if (row.drivers.length > 1)
      for (const [d, message] of listedTwice(row.drivers)) fault(at('drivers', d), message)
    if (row.shares !== undefined && row.shares.length !== row.drivers.length)
      fault(
        at('shares'),
        `expected one share per driver (${row.drivers.length}), got ${row.shares.length}`,
      )
    if (row.fastestLapBy !== undefined && !row.drivers.includes(row.fastestLapBy))
      fault(at('fastestLapBy'), `${describeValue(row.fastestLapBy)} is not a driver of this car`)
    else if (row.fastestLapBy !== undefined && row.fastestLap !== true)
      fault(at('fastestLapBy'), 'names who set the fastest lap of a car without "fastestLap"')
    // Only a reconstructed file has filled-in rows (docs/data-format.md#reconstructed-rows).
    if (row.reconstructed === true && results.source?.kind !== 'reconstructed')
      fault(
        at('reconstructed'),
        `expected "reconstructed": true only in a file whose source.kind is "reconstructed" (${results.source === undefined ? 'this file has no source' : `this file's is "${results.source.kind}"`})`,
      )
    const sameCar = cars.get(row.car)
    if (sameCar !== undefined) fault(at('car'), `car "${row.car}" is also rows[${sameCar}]`)
    else cars.set(row.car, r)
    // A row with given points holds the place on the points scale, not on the road.
    if (row.status === 'classified' && row.given === undefined) {
      const other = positions.get(row.position)
      if (other !== undefined)
        fault(at('position'), `position ${row.position} is also given to rows[${other}]`)
      else positions.set(row.position, r)
    }
    // One pole per class (per race by overall); fastest laps may tie (the bonus is split).
    for (const flag of ['pole'] as const) {
      if (row[flag] !== true) continue
      const scope = byOverall ? '' : row.class
      const other = flags[flag].get(scope)
      const where = byOverall ? 'this race' : `class "${row.class}"`
      if (other !== undefined)
        fault(at(flag), `a second ${flagName(flag)} in ${where} (rows[${other}] has it)`)
      else flags[flag].set(scope, r)
    }
  })

  // A vacant position is one nobody holds (docs/data-format.md#result-files).
  const vacant = new Set<number>()
  results.vacant?.forEach((position, v) => {
    const holder = positions.get(position)
    if (holder !== undefined)
      fault(['vacant', v], `position ${position} is vacant, but rows[${holder}] holds it`)
    else if (vacant.has(position)) fault(['vacant', v], `position ${position} is listed twice`)
    else vacant.add(position)
  })
  const classified = results.rows.filter(
    (row) => row.status === 'classified' && row.given === undefined,
  ).length
  const last = classified + vacant.size
  const missing = Array.from({ length: last }, (_, i) => i + 1).filter(
    (p) => !positions.has(p) && !vacant.has(p),
  )
  if (missing.length > 0) {
    const held = vacant.size === 0 ? 'classified positions' : 'classified and vacant positions'
    fault(['rows'], `${held} must run 1..${last} without gaps; missing ${missing.join(', ')}`)
  }
  if (results.status === 'scheduled' && results.rows.length > 0) {
    warnings.push({
      file,
      path: 'status',
      message: 'a scheduled race has rows: they are not counted until the race is live',
    })
  }
  if (
    (results.status === 'official' || results.status === 'provisional') &&
    results.rows.length === 0
  ) {
    warnings.push({
      file,
      path: 'rows',
      message: `${results.status === 'official' ? 'an' : 'a'} ${results.status} result with no rows scores nothing`,
    })
  }
  return { faults, warnings }
}

interface SeasonIds {
  readonly classIds: ReadonlyArray<string>
  readonly classes: ReadonlySet<string>
  readonly drivers: ReadonlySet<string>
  readonly teams: ReadonlySet<string>
}

const idsOfSeason = new WeakMap<Season, SeasonIds>()

/** The season's ids, gathered once per season and not once per result file. */
function seasonIds(season: Season): SeasonIds {
  let ids = idsOfSeason.get(season)
  if (ids === undefined) {
    const classIds = season.classes.map((c) => c.id)
    ids = {
      classIds,
      classes: new Set(classIds),
      drivers: new Set(season.drivers.map((d) => d.id)),
      teams: new Set(season.teams.map((t) => t.id)),
    }
    idsOfSeason.set(season, ids)
  }
  return ids
}

function flagName(flag: 'pole' | 'fastestLap'): string {
  return flag === 'pole' ? 'pole' : 'fastest lap'
}
