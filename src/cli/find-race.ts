import type { RaceDef, Season } from '../engine/types.ts'
import { UsageError } from './parse-args.ts'

/** The race `id` of the season in `folder`; a usage mistake when the season has no such race. */
export function findRace(season: Season, id: string, folder: string): RaceDef {
  const race = season.rounds.flatMap((round) => round.races).find((r) => r.id === id)
  if (race === undefined) throw new UsageError(`${folder} has no race "${id}"`)
  return race
}
