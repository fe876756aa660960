import type { EntryRace } from '../engine/scoring/entry-race.ts'
import type { ScoredRow } from '../engine/scoring/score-race.ts'
import type { ClassDef, Driver, Season } from '../engine/types.ts'

/** What the tables show beside a name: the car, team, class and country of the latest race. */
export interface EntryMeta {
  readonly car: string | null
  readonly team: string | null
  readonly classDef: ClassDef | null
  readonly country: string | null
}

/**
 * The car row a standings entry raced last (a team's best-placed car). A row whose points an
 * official sheet gives names no car or team of its own (docs/data-format.md#given-points): it is
 * skipped here unless `given` is `'include'`, so no driver id is ever shown as a car number.
 */
export function lastCar(
  races: ReadonlyArray<EntryRace>,
  given: 'skip' | 'include' = 'skip',
): ScoredRow | null {
  for (let i = races.length - 1; i >= 0; i -= 1) {
    const race = races[i]
    if (race === undefined) continue
    const car = race.kind === 'car' ? race : race.cars[0]
    if (car !== undefined && (given === 'include' || car.row.given === undefined)) return car
  }
  return null
}

interface Lookup {
  readonly drivers: ReadonlyMap<string, Driver>
  readonly teams: ReadonlyMap<string, string>
  readonly classes: ReadonlyMap<string, ClassDef>
}

const lookups = new WeakMap<Season, Lookup>()

/** The season's drivers, teams and classes by id, made once per season. */
function lookupOf(season: Season): Lookup {
  let lookup = lookups.get(season)
  if (lookup === undefined) {
    lookup = {
      drivers: new Map(season.drivers.map((d) => [d.id, d])),
      teams: new Map(season.teams.map((t) => [t.id, t.name])),
      classes: new Map(season.classes.map((c) => [c.id, c])),
    }
    lookups.set(season, lookup)
  }
  return lookup
}

export function entryMeta(
  season: Season,
  id: string,
  races: ReadonlyArray<EntryRace>,
  isTeam: boolean,
): EntryMeta {
  const car = lastCar(races)
  const anyRow = car ?? lastCar(races, 'include')
  const { drivers, teams, classes } = lookupOf(season)
  return {
    car: isTeam ? null : (car?.car ?? null),
    team: isTeam || car === null ? null : (teams.get(car.team) ?? null),
    classDef: anyRow === null ? null : (classes.get(anyRow.class) ?? null),
    country: isTeam ? null : (drivers.get(id)?.country ?? null),
  }
}
