import { stat } from 'node:fs/promises'
import { readFromDisk } from '../data/disk-reader.ts'
import { validateSeason, type SeasonCheck } from '../data/validate-season.ts'
import { UsageError } from './parse-args.ts'

/** Checks that `folder` is a season folder on disk, then reads and validates every file in it. */
export async function loadSeasonFolder(folder: string): Promise<SeasonCheck> {
  const info = await stat(folder).catch(() => null)
  if (info === null) throw new UsageError(`no such folder: ${folder}`)
  if (!info.isDirectory())
    throw new UsageError(`not a folder: ${folder} (give the folder that holds season.json)`)
  const seasonFile = await stat(`${folder}/season.json`).catch(() => null)
  if (seasonFile === null)
    throw new UsageError(`${folder} has no season.json: is it a season folder?`)
  return validateSeason(folder, readFromDisk)
}
