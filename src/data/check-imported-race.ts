import { z } from 'zod/mini'
import type { Driver, RaceResults, Season, Team } from '../engine/types.ts'
import { checkResults } from './check-results.ts'
import { checkSchema } from './check-schema.ts'
import { describeValue, formatFault } from './fault.ts'
import { resultsSchema } from './results-schema.ts'
import { driverSchema, teamSchema } from './season-schema.ts'

/** A race brought in from outside the season folder: a timing file or this browser's copy. */
export interface ImportedRaceFile {
  readonly race: string
  readonly results: RaceResults
  readonly drivers: ReadonlyArray<Driver>
  readonly teams: ReadonlyArray<Team>
}

const newcomers = z.object({ drivers: z.array(driverSchema), teams: z.array(teamSchema) })

/**
 * The checks every door runs on an imported race (docs/importing.md): the browser's review, the
 * races kept in this browser, `pitboard import` and `pitboard watch`. The race must be one of the
 * season's; the new drivers and teams must be valid entries of season.json; the file must have
 * cars; and the result file must pass the cross-checks of `validate` against the season with the
 * newcomers added (every driver, team and class known, a driver in one car, positions 1..n, one
 * pole and fastest lap per class), after the result file's own schema. Returns that season and every fault in words.
 */
export function checkImportedRace(
  season: Season,
  imported: ImportedRaceFile,
  file: string,
): { readonly extended: Season; readonly faults: ReadonlyArray<string> } {
  const shape = checkSchema(`${file} (new entries)`, imported, newcomers)
  const known = (ids: ReadonlyArray<{ readonly id: string }>) => new Set(ids.map((x) => x.id))
  const drivers = known(season.drivers)
  const teams = known(season.teams)
  const extended: Season = {
    ...season,
    drivers: [...season.drivers, ...imported.drivers.filter((d) => !drivers.has(d.id))],
    teams: [...season.teams, ...imported.teams.filter((t) => !teams.has(t.id))],
  }
  const faults = shape.ok ? [] : shape.faults.map(formatFault)
  const race = season.rounds.flatMap((round) => round.races).find((r) => r.id === imported.race)
  if (race === undefined)
    return {
      extended,
      faults: [...faults, `${file}: ${describeValue(imported.race)} is not a race of this season`],
    }
  if (imported.results.rows.length === 0 && imported.results.status !== 'scheduled')
    faults.push(`${file}: no car in the file: a result needs at least one row`)
  // The result file's own schema first (a car number with control characters, a bad status),
  // then the cross-checks: exactly what `validate` runs on a file in the season folder.
  const own = checkSchema(file, imported.results, resultsSchema)
  if (!own.ok) return { extended, faults: [...faults, ...own.faults.map(formatFault)] }
  const cross = checkResults(extended, { ...race, results: file }, imported.results)
  return { extended, faults: [...faults, ...cross.faults.map(formatFault)] }
}
