import { formatFault } from '../data/fault.ts'
import type { SeasonStandings } from '../engine/scoring/season-standings.ts'
import { buildSeasonModel, type SeasonModel } from '../model/season-model.ts'
import { loadSeasonFolder } from './load-season.ts'
import { UsageError } from './parse-args.ts'

/**
 * A season folder read into its model for the commands that print standings or permutations:
 * faults reported on stderr (the races they affect are named in the output), unknown
 * championships refused. `failure` is the exit code the faults call for; no model when nothing
 * can be printed.
 */
export async function loadSeasonModel(
  folder: string,
  championships: ReadonlyArray<string>,
  warn: (line: string) => void,
): Promise<{ readonly model: SeasonModel | null; readonly failure: number }> {
  const check = await loadSeasonFolder(folder)
  for (const fault of check.faults) warn(`error: ${formatFault(fault)}`)
  const failure = check.unreadable.length > 0 ? 2 : check.faults.length > 0 ? 1 : 0
  if (check.season === null) return { model: null, failure }
  for (const [id, reasons] of check.unavailableChampionships) {
    warn(`championship "${id}" is left out: ${reasons.join('; ')}`)
  }
  // Results only: a live running order is named as not counted, never read as a result.
  const model = buildSeasonModel({ season: check.season, files: check.files, projectLive: false })
  const { standings } = model
  const known = standings.championships.map((p) => p.championship.id)
  for (const id of championships) {
    if (!known.includes(id))
      throw new UsageError(`unknown championship "${id}" (this season has: ${known.join(', ')})`)
  }
  if (standings.scored.length === 0) {
    warn(`${folder}: no race has results yet`)
    return { model: null, failure }
  }
  return { model, failure }
}

/** The progression step for "after race `id`": the latest scored race at or before it. */
export function stepAfter(standings: SeasonStandings, id: string): number {
  const race = standings.calendar.find((r) => r.race.id === id)
  if (race === undefined) {
    throw new UsageError(
      `--after: "${id}" is not a race of this season (${standings.calendar.map((r) => r.race.id).join(', ')})`,
    )
  }
  const state = standings.races[race.index]
  const last = standings.scored.at(-1)
  if (state?.kind !== 'scored' && state?.kind !== 'invalid') {
    throw new UsageError(
      `--after: race ${id} has no results yet (latest with results: ${last?.race.race.id ?? 'none'})`,
    )
  }
  const step = standings.scored.findLastIndex((s) => s.race.index <= race.index)
  if (step < 0) throw new UsageError(`--after: no race up to ${id} has valid results`)
  return step
}
