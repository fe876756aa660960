import type { RaceFile, Season } from '../engine/types.ts'
import { describeName, formatPath, type Fault } from './fault.ts'

/**
 * A race with no result file while a later race (in calendar order) has results is most likely
 * a file lost or misnamed, not a race still to come (issue 22 #5, docs/data-format.md#validation):
 * a warning in `validate`, naming both races. A later race "has results" when its file is live,
 * provisional or official.
 */
export function missingResults(season: Season, files: ReadonlyMap<string, RaceFile>): Array<Fault> {
  const races = season.rounds.flatMap((round, r) =>
    round.races.map((race, i) => ({ race, path: ['rounds', r, 'races', i, 'results'] })),
  )
  const warnings: Array<Fault> = []
  let later: string | null = null
  for (const { race, path } of races.toReversed()) {
    const file = files.get(race.id)
    if (file === undefined) {
      if (later !== null)
        warnings.push({
          file: 'season.json',
          path: formatPath(path),
          message: `${describeName(race.id)} has no result file (${describeName(race.results)}), yet ${describeName(later)} has results: is ${describeName(race.id)}'s file missing?`,
        })
    } else if (file.kind === 'results' && file.results.status !== 'scheduled') later = race.id
  }
  return warnings.toReversed()
}
