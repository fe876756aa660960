import type { ChampionshipProgression } from '../engine/scoring/progression.ts'
import type { SeasonStandings } from '../engine/scoring/season-standings.ts'

/**
 * The championship a driver's card reads: the one on screen if the driver is in it, else their
 * class championship, else the first drivers' championship they are in.
 */
export function driverChampionship(
  standings: SeasonStandings,
  champ: string,
  driver: string,
): ChampionshipProgression | null {
  const drivers = standings.championships.filter(
    (p) => p.championship.kind === 'drivers' && p.entries.some((e) => e.id === driver),
  )
  return (
    drivers.find((p) => p.championship.id === champ) ??
    drivers.find((p) => {
      const c = p.championship
      return c.kind === 'drivers' && c.classes?.length === 1 && (c.tags ?? []).length === 0
    }) ??
    drivers[0] ??
    null
  )
}
