import { existsSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { Driver, Team } from '../engine/types.ts'
import { readSeasonText } from '../data/read-regular-file.ts'
import { convertAlKamel } from '../import/convert-alkamel.ts'
import { findRace } from './find-race.ts'
import { loadSeasonFolder } from './load-season.ts'
import { recoverSeasonFolder } from './recover-season-folder.ts'
import { readManifest, writeSeasonFiles } from './season-manifest.ts'
import { containedTarget } from './contained-target.ts'
import { readTimingText } from './read-timing-text.ts'
import { timingFileKind } from './timing-file-status.ts'
import { UsageError, type Command } from './parse-args.ts'

type ImportCommand = Extract<Command, { name: 'import' }>

/** A timing file's text in any encoding it comes in; its warning said once. */
function timingText(path: string, warn: (line: string) => void): string {
  const read = readTimingText(path)
  if ('error' in read) throw new UsageError(read.error)
  if (read.warning !== null) warn(`warning: ${read.warning}`)
  return read.text
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
  // What a crash of an earlier write left is put right first (docs/cli.md#writes).
  if (!command.dryRun && existsSync(join(command.season, 'season.json')))
    for (const line of recoverSeasonFolder(command.season)) print(`${command.season}: ${line}`)
  const check = await loadSeasonFolder(command.season)
  const season = check.season
  if (season === null) {
    warn(
      `${command.season}/season.json has faults: run "pitboard validate ${command.season}" first`,
    )
    return 1
  }
  const race = findRace(season, command.race, command.season)
  const named = timingFileKind(basename(command.file))
  const converted = convertAlKamel(
    season,
    race,
    { file: command.file, text: timingText(command.file, warn) },
    command.qualifying === null
      ? null
      : { file: command.qualifying, text: timingText(command.qualifying, warn) },
    {
      minLapsShare: command.minLapsShare,
      statusOverrides: new Map(command.statuses),
      guests: new Set(command.guests),
      // The status the file's name says (03_Results_Race 16_Official.csv), as `watch` reads it;
      // provisional when it says none.
      ...(named.kind === 'race' ? { status: named.status } : {}),
    },
  )
  if (!converted.ok) {
    for (const fault of converted.errors) warn(`error: ${fault}`)
    return 1
  }
  const { results, missing, newDrivers, newTeams, faults, warnings } = converted.value
  for (const line of warnings) warn(`warning: ${line}`)
  // A --status for a car the file does not have is a typo, not a no-op.
  const cars = new Set(results.rows.map((row) => row.car))
  const strays = command.statuses.map(([car]) => car).filter((car) => !cars.has(car))
  if (strays.length > 0) {
    warn(`error: --status names car ${strays.join(', ')}, not in ${command.file}`)
    return 1
  }
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
  const target = containedTarget(command.season, race.results)
  const before = officialStatus(target)
  if (before === 'official' && results.status !== 'official' && !command.force) {
    warn(
      `error: ${target} is official; this file is ${results.status}: rerun with --force to replace it`,
    )
    return 1
  }
  if (command.dryRun) {
    print(
      `dry run: would write ${target}${missing.length > 0 ? ` and add ${missing.length} to season.json` : ''}`,
    )
    return 0
  }
  const resultFile = { path: target, text: `${JSON.stringify(results, null, 2)}\n` }
  // The result and season.json change together or not at all; season.json is edited as it is
  // (fields this tool does not know are kept), only the new entries appended.
  const seasonFile =
    missing.length === 0
      ? []
      : [
          {
            path: join(command.season, 'season.json'),
            text: withNewEntries(join(command.season, 'season.json'), newDrivers, newTeams),
          },
        ]
  // One transaction: the result, season.json and the manifest of a season that publishes one.
  const published = readManifest(command.season) !== null
  writeSeasonFiles(command.season, [resultFile, ...seasonFile], { manifest: 'if-present' })
  if (missing.length > 0) print(`added to season.json: ${missing.join(', ')}`)
  print(`wrote ${target} (${results.rows.length} cars, status ${results.status})`)
  if (published) print(`updated ${join(command.season, 'manifest.json')}`)
  return 0
}

/** The status of the result file already at `path`, if any (read leniently). */
function officialStatus(path: string): string | null {
  try {
    const json: unknown = JSON.parse(readSeasonText(path).replace(/^\uFEFF/, ''))
    const status: unknown =
      typeof json === 'object' && json !== null ? Reflect.get(json, 'status') : null
    return typeof status === 'string' ? status : null
  } catch {
    return null
  }
}

/** season.json's text with the new drivers and teams appended, everything else as it was. */
function withNewEntries(
  path: string,
  drivers: ReadonlyArray<Driver>,
  teams: ReadonlyArray<Team>,
): string {
  const raw: unknown = JSON.parse(readSeasonText(path).replace(/^\uFEFF/, ''))
  const file: Record<string, unknown> = typeof raw === 'object' && raw !== null ? { ...raw } : {}
  const listOf = (value: unknown): ReadonlyArray<unknown> => (Array.isArray(value) ? value : [])
  return `${JSON.stringify(
    {
      ...file,
      drivers: [...listOf(file.drivers), ...drivers],
      teams: [...listOf(file.teams), ...teams],
    },
    null,
    2,
  )}\n`
}
