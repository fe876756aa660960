import { listRaces } from './calendar.ts'
import type { RaceFile, ResultRow, Season } from './types.ts'

/** An imagined result: cars in finishing order, pole and fastest lap (docs/scoring-rules.md#what-if). */
export interface ImaginedRace {
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
  /** Car numbers no earlier result knows (left out of the imagined results). */
  readonly unknownCars: ReadonlyArray<string>
}

/**
 * Replaces races with imagined results. Each car keeps the drivers, team and class of its most
 * recent real result; the cars listed are classified in that order, and cars not listed have no
 * result in that race. A what-if starts at its first imagined race: later real results that
 * are not imagined are set aside, so "what if Sargent had won race 13" is read from race 13 on.
 * Races the season does not have are ignored.
 */
export function applyWhatIf(
  season: Season,
  files: ReadonlyMap<string, RaceFile>,
  imagined: ReadonlyArray<ImaginedRace>,
): WhatIf {
  const calendar = listRaces(season)
  const latest = new Map<string, ResultRow>()
  for (const race of calendar) {
    const file = files.get(race.race.id)
    if (file?.kind !== 'results' || file.results.status === 'scheduled') continue
    for (const row of file.results.rows) latest.set(row.car, row)
  }
  const next = new Map(files)
  const first = calendar.find((race) => imagined.some((entry) => entry.race === race.race.id))
  if (first !== undefined)
    for (const race of calendar)
      if (race.index > first.index && !imagined.some((entry) => entry.race === race.race.id))
        next.delete(race.race.id)
  const races: Array<string> = []
  const unknownCars = new Set<string>()
  for (const race of calendar) {
    const wanted = imagined.find((entry) => entry.race === race.race.id)
    if (wanted === undefined) continue
    const rows = wanted.order.flatMap((car, i): Array<ResultRow> => {
      const known = latest.get(car)
      if (known === undefined) {
        unknownCars.add(car)
        return []
      }
      return [
        {
          car,
          drivers: known.drivers,
          team: known.team,
          class: known.class,
          status: 'classified',
          position: i + 1,
          pole: wanted.pole === car,
          fastestLap: wanted.fastestLap === car,
        },
      ]
    })
    const positioned = rows.map((row, i): ResultRow =>
      row.status === 'classified' ? { ...row, position: i + 1 } : row,
    )
    next.set(race.race.id, {
      kind: 'results',
      results: {
        format: 'pitboard-results/1',
        race: race.race.id,
        status: 'provisional',
        rows: positioned,
      },
    })
    races.push(race.race.id)
  }
  return { files: next, races, unknownCars: [...unknownCars] }
}
