import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { convertAlKamel } from '../import/convert-alkamel.ts'
import { findRace } from './find-race.ts'
import { loadSeasonFolder } from './load-season.ts'
import { readManifest, writeSeasonManifest } from './season-manifest.ts'
import { writeFileAtomic } from './write-atomic.ts'
import { UsageError, type Command } from './parse-args.ts'

type ImportCommand = Extract<Command, { name: 'import' }>

async function readText(path: string): Promise<string> {
  return readFile(path, 'utf8').catch(() => {
    throw new UsageError(`cannot read ${path}`)
  })
}

/**
 * `pitboard import alkamel <file> --season <folder> --race <id>` (docs/importing.md): prints the
 * classification, then writes the result file (and, with --add-missing, the new drivers and
 * teams into season.json). Exit 1 when the file has faults or names people the season lacks.
 */
export async function runImport(
  command: ImportCommand,
  print: (line: string) => void,
  warn: (line: string) => void,
): Promise<number> {
  const check = await loadSeasonFolder(command.season)
  const season = check.season
  if (season === null) {
    warn(
      `${command.season}/season.json has faults: run "pitboard validate ${command.season}" first`,
    )
    return 1
  }
  const race = findRace(season, command.race, command.season)
  const converted = convertAlKamel(
    season,
    race,
    { file: command.file, text: await readText(command.file) },
    command.qualifying === null
      ? null
      : { file: command.qualifying, text: await readText(command.qualifying) },
    { minLapsShare: command.minLapsShare, statusOverrides: new Map(command.statuses) },
  )
  if (!converted.ok) {
    for (const fault of converted.errors) warn(`error: ${fault}`)
    return 1
  }
  const { results, missing, extended, faults, warnings } = converted.value
  for (const line of warnings) warn(`warning: ${line}`)
  for (const row of results.rows) {
    const place =
      row.status === 'classified'
        ? String(row.position).padStart(3)
        : row.status.toUpperCase().padStart(3)
    const marks = `${row.pole ? ' pole' : ''}${row.fastestLap ? ' fastest lap' : ''}`
    print(
      `${place}  #${row.car.padEnd(4)} ${row.class.padEnd(8)} ${row.drivers.join(', ')}${marks}`,
    )
  }
  for (const fault of faults) warn(`error: ${fault}`)
  if (faults.length > 0) return 1
  if (missing.length > 0 && !command.addMissing) {
    warn(
      `the season does not know: ${missing.join(', ')} — check the spelling, or rerun with --add-missing`,
    )
    return 1
  }
  const target = join(command.season, race.results)
  if (command.dryRun) {
    print(
      `dry run: would write ${target}${missing.length > 0 ? ` and add ${missing.length} to season.json` : ''}`,
    )
    return 0
  }
  if (missing.length > 0) {
    const raw: unknown = JSON.parse(await readText(join(command.season, 'season.json')))
    const file = typeof raw === 'object' && raw !== null ? raw : {}
    writeFileAtomic(
      join(command.season, 'season.json'),
      `${JSON.stringify({ ...file, drivers: extended.drivers, teams: extended.teams }, null, 2)}\n`,
    )
    print(`added to season.json: ${missing.join(', ')}`)
  }
  writeFileAtomic(target, `${JSON.stringify(results, null, 2)}\n`)
  print(`wrote ${target} (${results.rows.length} cars, status ${results.status})`)
  // A season that publishes a manifest gets the new versions, after the files they name.
  if (readManifest(command.season) !== null) {
    writeSeasonManifest(command.season)
    print(`updated ${join(command.season, 'manifest.json')}`)
  }
  return 0
}
