import { listRaces } from '../engine/scoring/calendar.ts'
import type { RaceFile, ResultRow, Season } from '../engine/types.ts'

/**
 * An imagined result (docs/scoring-rules.md#what-if): who finishes where, and who takes the pole
 * and the fastest lap. Entries are named by id (`by: 'entry'`), so a reused car number, a shared
 * car or a driver change never mixes two entries up; links made before that name cars
 * (`by: 'car'`) and are read as the drivers of each car's latest result.
 */
export interface ImaginedRace {
  readonly by: 'entry' | 'car'
  readonly race: string
  readonly order: ReadonlyArray<string>
  readonly pole: string | null
  readonly fastestLap: string | null
}

export interface WhatIf {
  /** The season's files with the imagined races in place of theirs. */
  readonly files: ReadonlyMap<string, RaceFile>
  /** Races replaced, in calendar order. */
  readonly races: ReadonlyArray<string>
  /** Entries (or car numbers) no result knows: left out of the imagined results. */
  readonly unknown: ReadonlyArray<string>
  /** The imagined races with every car number read as entries. */
  readonly byEntry: ReadonlyArray<ImaginedRace>
}

/**
 * Replaces races with imagined results. Each entry races the car of its latest real result,
 * with the team and class of then, and with those co-drivers whose latest result was the same
 * car; naming a co-driver already placed adds nothing. The entries listed are classified in that
 * order; entries not listed have no result in that race. A what-if starts at its first imagined
 * race: later real results that are not imagined are set aside, so "what if Sargent had won race
 * 13" is read from race 13 on. Races the season does not have are ignored.
 */
export function applyWhatIf(
  season: Season,
  files: ReadonlyMap<string, RaceFile>,
  imagined: ReadonlyArray<ImaginedRace>,
): WhatIf {
  const calendar = listRaces(season)
  const latestByDriver = new Map<string, ResultRow>()
  const latestByCar = new Map<string, ResultRow>()
  for (const race of calendar) {
    const file = files.get(race.race.id)
    if (file?.kind !== 'results' || file.results.status === 'scheduled') continue
    for (const row of file.results.rows) {
      latestByCar.set(row.car, row)
      for (const driver of row.drivers) latestByDriver.set(driver, row)
    }
  }
  const unknown = new Set<string>()
  const byEntry = imagined.map((race): ImaginedRace => {
    if (race.by === 'entry') return race
    const driversOf = (car: string | null) => {
      if (car === null) return []
      const row = latestByCar.get(car)
      if (row === undefined) unknown.add(car)
      return row?.drivers ?? []
    }
    return {
      by: 'entry',
      race: race.race,
      order: race.order.flatMap(driversOf),
      pole: driversOf(race.pole)[0] ?? null,
      fastestLap: driversOf(race.fastestLap)[0] ?? null,
    }
  })
  const wanted = new Map(byEntry.map((race) => [race.race, race]))
  const next = new Map(files)
  const first = calendar.find((race) => wanted.has(race.race.id))
  if (first !== undefined)
    for (const race of calendar)
      if (race.index > first.index && !wanted.has(race.race.id)) next.delete(race.race.id)
  const races: Array<string> = []
  for (const race of calendar) {
    const imaginedRace = wanted.get(race.race.id)
    if (imaginedRace === undefined) continue
    const placed = new Set<ResultRow>()
    const rows: Array<ResultRow> = []
    for (const entry of imaginedRace.order) {
      const row = latestByDriver.get(entry)
      if (row === undefined) {
        unknown.add(entry)
        continue
      }
      if (placed.has(row)) continue
      placed.add(row)
      const lineUp = row.drivers.filter((driver) => latestByDriver.get(driver) === row)
      const has = (id: string | null) => id !== null && lineUp.includes(id)
      rows.push({
        car: row.car,
        drivers: lineUp,
        team: row.team,
        class: row.class,
        status: 'classified',
        position: rows.length + 1,
        pole: has(imaginedRace.pole),
        fastestLap: has(imaginedRace.fastestLap),
      })
    }
    next.set(race.race.id, {
      kind: 'results',
      results: { format: 'pitboard-results/1', race: race.race.id, status: 'provisional', rows },
    })
    races.push(race.race.id)
  }
  return { files: next, races, unknown: [...unknown], byEntry }
}
