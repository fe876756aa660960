import { checkImportedRace } from '../data/check-imported-race.ts'
import type { LocalImports } from '../data/local-imports.ts'
import type { RaceFile, Season } from '../engine/types.ts'

/**
 * The season with this browser's imported races in place, and their drivers and teams added.
 * Each kept race passes the same checks as any import (src/data/check-imported-race.ts) against
 * the season as it is now: one that no longer fits (an unknown race, driver or class, a driver
 * in two cars, positions with gaps) is left out and named in `problems`, never scored.
 */
export function withLocalImports(
  season: Season,
  files: ReadonlyMap<string, RaceFile>,
  local: LocalImports,
): {
  readonly season: Season
  readonly files: ReadonlyMap<string, RaceFile>
  readonly problems: ReadonlyArray<string>
} {
  if (local.races.size === 0) return { season, files, problems: [] }
  const merged = new Map(files)
  const problems: Array<string> = []
  let current = season
  for (const [race, { results, file }] of local.races) {
    const { extended, faults } = checkImportedRace(
      current,
      { race, results, drivers: local.drivers, teams: local.teams },
      file,
    )
    if (faults.length > 0) {
      problems.push(`${file} (kept in this browser) is left out: ${faults.join('; ')}`)
      continue
    }
    current = extended
    merged.set(race, { kind: 'results', results })
  }
  return { season: current, files: merged, problems }
}
