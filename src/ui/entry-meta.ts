import type { EntryRace } from '../engine/entry-race.ts'
import type { ScoredRow } from '../engine/score-race.ts'
import type { ClassDef, Season } from '../engine/types.ts'

/** What the tables show beside a name: the car, team, class and country of the latest race. */
export interface EntryMeta {
  readonly car: string | null
  readonly team: string | null
  readonly classDef: ClassDef | null
  readonly country: string | null
}

/** The car row a standings entry raced last (a team's best-placed car). */
export function lastCar(races: ReadonlyArray<EntryRace>): ScoredRow | null {
  for (let i = races.length - 1; i >= 0; i -= 1) {
    const race = races[i]
    if (race === undefined) continue
    if (race.kind === 'car') return race
    const car = race.cars[0]
    if (car !== undefined) return car
  }
  return null
}

export function entryMeta(
  season: Season,
  id: string,
  races: ReadonlyArray<EntryRace>,
  isTeam: boolean,
): EntryMeta {
  const car = lastCar(races)
  const driver = isTeam ? undefined : season.drivers.find((d) => d.id === id)
  return {
    car: isTeam ? null : (car?.car ?? null),
    team: isTeam ? null : (season.teams.find((t) => t.id === car?.team)?.name ?? null),
    classDef: season.classes.find((c) => c.id === car?.class) ?? null,
    country: driver?.country ?? null,
  }
}

/** Surname for compact labels: "Riley Dickinson" → "Dickinson"; unnamed entries keep it all. */
export function shortName(name: string): string {
  if (name.includes('(')) return name.replace(/\s*\(.*\)$/, '')
  const parts = name.trim().split(/\s+/)
  return parts.length > 1 ? parts.slice(1).join(' ') : name
}
