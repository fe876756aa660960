import type { RaceDef, RaceFile, RaceResults, Season } from '../engine/types.ts'

/**
 * Whether a timing export has far fewer cars than it should (docs/cli.md#watch): a file the
 * timing system is still writing parses whole at every line it has reached, so the car count is
 * what shows it is not complete. The reference is the result it replaces — cars do not leave a
 * race's classification, so more than 2 fewer is held — or, for a race's first result, the
 * nearest earlier race with results: 2 fewer on the same weekend, and on another weekend more
 * than 5 (or 15 %) fewer, as fields shrink that much between weekends (CCNA 2023: 40 → 35).
 * Returns why it is held, or null.
 */
export function shortExport(
  season: Season,
  files: ReadonlyMap<string, RaceFile>,
  race: RaceDef,
  before: RaceResults | null,
  cars: number,
): string | null {
  if (before !== null && before.rows.length > 0) {
    const had = before.rows.length
    return cars < had - 2
      ? `${cars} cars where ${race.results} (${before.status}) has ${had}`
      : null
  }
  const reference = nearestEarlierResult(season, files, race.id)
  if (reference === null) return null
  const had = reference.results.rows.length
  const tolerance = reference.sameRound ? 2 : Math.max(5, Math.ceil(had * 0.15))
  return cars < had - tolerance
    ? `${cars} cars where ${reference.id}, the race before, had ${had}`
    : null
}

function nearestEarlierResult(
  season: Season,
  files: ReadonlyMap<string, RaceFile>,
  raceId: string,
): { readonly id: string; readonly results: RaceResults; readonly sameRound: boolean } | null {
  let found: { id: string; results: RaceResults; round: number } | null = null
  for (const round of season.rounds)
    for (const race of round.races) {
      if (race.id === raceId) {
        if (found === null) return null
        return { id: found.id, results: found.results, sameRound: found.round === round.round }
      }
      const file = files.get(race.id)
      if (file?.kind === 'results' && file.results.rows.length > 0)
        found = { id: race.id, results: file.results, round: round.round }
    }
  return null
}
