import type { LocalImports } from '../data/local-imports.ts'
import type { RaceFile, Season } from '../engine/types.ts'

/** The season with this browser's imported races in place, and their drivers and teams added. */
export function withLocalImports(
  season: Season,
  files: ReadonlyMap<string, RaceFile>,
  local: LocalImports,
): { readonly season: Season; readonly files: ReadonlyMap<string, RaceFile> } {
  if (local.races.size === 0) return { season, files }
  const drivers = new Set(season.drivers.map((d) => d.id))
  const teams = new Set(season.teams.map((t) => t.id))
  const merged = new Map(files)
  for (const [race, { results }] of local.races) merged.set(race, { kind: 'results', results })
  return {
    season: {
      ...season,
      drivers: [...season.drivers, ...local.drivers.filter((d) => !drivers.has(d.id))],
      teams: [...season.teams, ...local.teams.filter((t) => !teams.has(t.id))],
    },
    files: merged,
  }
}
