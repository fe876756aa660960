import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { checkResults } from '../data/check-results.ts'
import type { RowStatus } from '../engine/types.ts'
import { parseAlKamelResults } from '../import/alkamel-results.ts'
import { toRaceResults } from '../import/to-race-results.ts'
import { loadSeasonFolder } from './load-season.ts'
import { UsageError, type Command } from './parse-args.ts'

type ImportCommand = Extract<Command, { name: 'import' }>

function isStatus(value: string): value is RowStatus {
  return ['classified', 'dnf', 'dns', 'dsq', 'nc'].includes(value)
}

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
  const race = season.rounds.flatMap((round) => round.races).find((r) => r.id === command.race)
  if (race === undefined) throw new UsageError(`${command.season} has no race "${command.race}"`)
  const parsed = parseAlKamelResults(await readText(command.file), command.file)
  const qualifying =
    command.qualifying === null
      ? null
      : parseAlKamelResults(await readText(command.qualifying), command.qualifying)
  const faults = [
    ...(parsed.ok ? [] : parsed.errors),
    ...(qualifying === null || qualifying.ok ? [] : qualifying.errors),
  ]
  if (!parsed.ok || (qualifying !== null && !qualifying.ok)) {
    for (const fault of faults) warn(`error: ${fault}`)
    return 1
  }
  const imported = toRaceResults(
    parsed.value,
    season,
    {
      race: race.id,
      minLapsShare: command.minLapsShare,
      statusOverrides: new Map(
        command.statuses.flatMap(([car, status]) =>
          isStatus(status) ? [[car, status] as const] : [],
        ),
      ),
      qualifying: qualifying?.value ?? null,
    },
    command.file,
  )
  if (!imported.ok) {
    for (const fault of imported.errors) warn(`error: ${fault}`)
    return 1
  }
  const { results, newDrivers, newTeams, warnings } = imported.value
  for (const line of [...parsed.warnings, ...warnings]) warn(`warning: ${line}`)
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
  const missing = [
    ...newDrivers.map((d) => `driver "${d.name}" (${d.id})`),
    ...newTeams.map((t) => `team "${t.name}" (${t.id})`),
  ]
  const extended = {
    ...season,
    drivers: [...season.drivers, ...newDrivers],
    teams: [...season.teams, ...newTeams],
  }
  const cross = checkResults(extended, race, results)
  for (const fault of cross.faults) warn(`error: ${fault.file}: ${fault.path}: ${fault.message}`)
  if (cross.faults.length > 0) return 1
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
    await writeFile(
      join(command.season, 'season.json'),
      `${JSON.stringify({ ...file, drivers: extended.drivers, teams: extended.teams }, null, 2)}\n`,
    )
    print(`added to season.json: ${missing.join(', ')}`)
  }
  await writeFile(target, `${JSON.stringify(results, null, 2)}\n`)
  print(`wrote ${target} (${results.rows.length} cars, status ${results.status})`)
  return 0
}
