import { parseArgs as splitArgs } from 'node:util'
import type { RowStatus } from '../engine/types.ts'

/** A command-line mistake: printed as one line, exit code 2. */
export class UsageError extends Error {}

export type Format = 'table' | 'json' | 'csv' | 'grid-csv'

/** What `import` and `watch` both need to turn a timing sheet into a race's result file. */
export interface ConversionFlags {
  readonly season: string
  readonly race: string
  readonly qualifying: string | null
  readonly minLapsShare: number
  readonly statuses: ReadonlyArray<readonly [string, RowStatus]>
  /** Cars driven by a guest (`--guest 17`, repeatable): docs/data-format.md#a-guest. */
  readonly guests?: ReadonlyArray<string>
}

export type Command =
  | { readonly name: 'help' }
  | {
      readonly name: 'standings'
      readonly folder: string
      readonly after: string | null
      readonly championships: ReadonlyArray<string>
      readonly everyRace: boolean
      readonly format: Format
    }
  | {
      readonly name: 'permutations'
      readonly folder: string
      readonly after: string | null
      readonly championships: ReadonlyArray<string>
      readonly format: 'table' | 'json'
    }
  | {
      readonly name: 'reconcile'
      readonly folder: string
      /** The official points sheet (Al Kamel JSON) to compare with. */
      readonly sheet: string
      readonly championships: ReadonlyArray<string>
    }
  | { readonly name: 'validate'; readonly folder: string }
  | {
      readonly name: 'manifest'
      readonly folder: string
      /** Only say whether the manifest agrees with its files; write nothing (exit 1 if not). */
      readonly check: boolean
    }
  | (ConversionFlags & {
      readonly name: 'import'
      readonly source: 'alkamel'
      readonly file: string
      readonly dryRun: boolean
      readonly addMissing: boolean
      /** Replace an official result by one that is not (docs/importing.md). */
      readonly force: boolean
    })
  | (ConversionFlags & {
      readonly name: 'watch'
      /** The folder the timing provider writes its CSV exports into. */
      readonly folder: string
      readonly once: boolean
      /** How long an export must stay the same before it is used, in ms (docs/cli.md#watch). */
      readonly settleMs: number
      /** Publish a file with far fewer cars than the result it follows (docs/cli.md#watch). */
      readonly allowFewerCars: boolean
    })

const FLAGS: Readonly<Record<string, ReadonlyArray<string>>> = {
  standings: ['--after', '--championship', '--every-race', '--format'],
  permutations: ['--after', '--championship', '--format'],
  reconcile: ['--championship'],
  validate: [],
  manifest: ['--check'],
  import: [
    '--season',
    '--race',
    '--qualifying',
    '--min-laps',
    '--status',
    '--guest',
    '--dry-run',
    '--add-missing',
    '--force',
  ],
  watch: [
    '--season',
    '--race',
    '--qualifying',
    '--min-laps',
    '--status',
    '--guest',
    '--once',
    '--settle',
    '--allow-fewer-cars',
  ],
}
const TAKES_VALUE = new Set([
  '--after',
  '--championship',
  '--format',
  '--season',
  '--race',
  '--qualifying',
  '--min-laps',
  '--status',
  '--guest',
  '--settle',
])

/** Reads `pitboard <command> <season-folder> [flags]` (docs/cli.md), split by node:util. */
export function parseArgs(argv: ReadonlyArray<string>): Command {
  const [name, ...rest] = argv
  if (name === undefined || name === 'help' || name === '--help' || name === '-h')
    return { name: 'help' }
  const allowed = FLAGS[name]
  if (allowed === undefined)
    throw new UsageError(
      `unknown command "${name}" (try: standings, permutations, reconcile, validate, import, watch, manifest, help)`,
    )
  const options = Object.fromEntries(
    [...TAKES_VALUE].map((flag) => [flag.slice(2), { type: 'string' as const, multiple: true }]),
  )
  const { tokens } = splitArgs({
    args: [...rest],
    options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  })
  const positional: Array<string> = []
  const values = new Map<string, Array<string>>()
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positional.push(token.value)
      continue
    }
    if (token.kind !== 'option') continue
    const flag = token.rawName
    if (!allowed.includes(flag)) {
      throw new UsageError(
        `unknown option ${flag} for "${name}"${allowed.length ? ` (options: ${allowed.join(', ')})` : ''}`,
      )
    }
    let value = 'true'
    if (TAKES_VALUE.has(flag)) {
      value = token.value ?? ''
      if (value === '' || (token.inlineValue !== true && value.startsWith('--')))
        throw new UsageError(`${flag} needs a value`)
    } else if (token.value !== undefined) throw new UsageError(`${flag} takes no value`)
    values.set(flag, [...(values.get(flag) ?? []), value])
  }
  if (name === 'import') return importCommand(positional, values)
  if (name === 'watch') return watchCommand(positional, values)
  if (name === 'reconcile') {
    if (positional.length !== 2)
      throw new UsageError('"reconcile" takes a season folder and an official points sheet')
    return {
      name,
      folder: positional[0] ?? '',
      sheet: positional[1] ?? '',
      championships: (values.get('--championship') ?? []).flatMap((v) => v.split(',')),
    }
  }
  if (positional.length !== 1) {
    throw new UsageError(
      positional.length === 0
        ? `"${name}" needs a season folder`
        : `"${name}" takes one season folder, got ${positional.length}`,
    )
  }
  const folder = positional[0] ?? ''
  if (name === 'manifest') return { name, folder, check: values.has('--check') }
  if (name === 'validate') return { name, folder }
  const format = values.get('--format')?.at(-1) ?? 'table'
  const after = values.get('--after')?.at(-1) ?? null
  const championships = (values.get('--championship') ?? [])
    .flatMap((v) => v.split(','))
    .filter((v) => v !== '')
  if (name === 'permutations') {
    if (format !== 'table' && format !== 'json')
      throw new UsageError(`--format must be table or json, not "${format}"`)
    return { name, folder, after, championships, format }
  }
  if (format !== 'table' && format !== 'json' && format !== 'csv' && format !== 'grid-csv') {
    throw new UsageError(`--format must be table, json, csv or grid-csv, not "${format}"`)
  }
  return {
    name: 'standings',
    folder,
    after,
    championships,
    everyRace: values.has('--every-race'),
    format,
  }
}

function importCommand(
  positional: ReadonlyArray<string>,
  values: ReadonlyMap<string, ReadonlyArray<string>>,
): Command {
  const [source, file, ...extra] = positional
  if (source !== 'alkamel')
    throw new UsageError(
      `"import" reads: alkamel <file.csv> (got ${source === undefined ? 'nothing' : `"${source}"`})`,
    )
  if (file === undefined || extra.length > 0)
    throw new UsageError('"import alkamel" takes one results file')
  return {
    name: 'import',
    source,
    file,
    ...conversionFlags('import', values),
    dryRun: values.has('--dry-run'),
    addMissing: values.has('--add-missing'),
    force: values.has('--force'),
  }
}

function watchCommand(
  positional: ReadonlyArray<string>,
  values: ReadonlyMap<string, ReadonlyArray<string>>,
): Command {
  const [folder, ...extra] = positional
  if (folder === undefined || extra.length > 0)
    throw new UsageError('"watch" takes one folder: the one the timing provider writes into')
  const settle = Number(values.get('--settle')?.at(-1) ?? '3')
  if (!(settle >= 0 && settle <= 600))
    throw new UsageError('--settle is how many seconds an export must stay the same, 0 to 600')
  return {
    name: 'watch',
    folder,
    ...conversionFlags('watch', values),
    once: values.has('--once'),
    settleMs: Math.round(settle * 1000),
    allowFewerCars: values.has('--allow-fewer-cars'),
  }
}

function isRowStatus(value: string): value is RowStatus {
  return ['classified', 'dnf', 'dns', 'dsq', 'nc'].includes(value)
}

function conversionFlags(
  name: string,
  values: ReadonlyMap<string, ReadonlyArray<string>>,
): ConversionFlags {
  const season = values.get('--season')?.at(-1)
  const race = values.get('--race')?.at(-1)
  if (season === undefined) throw new UsageError(`"${name}" needs --season <folder>`)
  if (race === undefined) throw new UsageError(`"${name}" needs --race <raceId>`)
  const share = Number(values.get('--min-laps')?.at(-1) ?? '0.7')
  if (!(share >= 0 && share <= 1))
    throw new UsageError("--min-laps is a share of the class winner's laps, from 0 to 1")
  const statuses = (values.get('--status') ?? []).map((pair): readonly [string, RowStatus] => {
    const [car = '', status = ''] = pair.split('=')
    if (car === '' || !isRowStatus(status))
      throw new UsageError(
        `--status takes car=status with status classified, dnf, dns, dsq or nc, not "${pair}"`,
      )
    return [car, status]
  })
  return {
    season,
    race,
    qualifying: values.get('--qualifying')?.at(-1) ?? null,
    minLapsShare: share,
    statuses,
    guests: (values.get('--guest') ?? [])
      .flatMap((cars) => cars.split(','))
      .filter((car) => car !== ''),
  }
}

export const USAGE = `Pitboard — championship standings from a season folder (docs/cli.md)

Usage:
  npm run -s pitboard -- standings <season-folder> [--after <raceId>] [--championship <id>]
                                   [--every-race] [--format table|json|csv|grid-csv]
  npm run -s pitboard -- permutations <season-folder> [--after <raceId>] [--championship <id>]
                                   [--format table|json]
  npm run -s pitboard -- reconcile <season-folder> <points-sheet.json> [--championship <id>]
  npm run -s pitboard -- validate <season-folder>
  npm run -s pitboard -- manifest <season-folder> [--check]
  npm run -s pitboard -- import alkamel <results.csv> --season <folder> --race <raceId>
                                   [--qualifying <qualifying.csv>] [--min-laps 0.7]
                                   [--status <car>=dnf] [--guest <car>] [--dry-run]
                                   [--add-missing] [--force]
  npm run -s pitboard -- watch <timing-folder> --season <folder> --race <raceId>
                                   [--qualifying <qualifying.csv>] [--min-laps 0.7]
                                   [--status <car>=dnf] [--guest <car>] [--once] [--settle 3]
                                   [--allow-fewer-cars]

standings   prints the standings after the latest race with results (or after --after),
            for every championship (or those named by --championship, repeatable or a,b);
            --every-race prints them after each race in calendar order.
permutations  prints the championship permutations of the next race: for each result the
            leader can take there, whether it clinches the title always, never, or if each
            rival keeps within its limit (docs/cli.md#permutations).
reconcile   compares the standings with an official points sheet (Al Kamel JSON), entry by
            entry and race by race: "0 differences", or each difference with both values;
            exit 1 on any difference (docs/importing.md#reconcile).
validate    prints every fault of season.json and the result files; exit 1 if any.
manifest    writes manifest.json, the version of each file, which is all a live viewer polls
            (docs/deploying.md#live-feed); unchanged files keep their versions; completes
            a write a crash interrupted. --check: only say whether it agrees with its files.
import      turns an Al Kamel results file (CSV or JSON, told by content) into
            results/<raceId>.json (docs/importing.md); --dry-run prints the classification
            it would write; --force replaces an official result by one that is not;
            --guest 17: car 17 is driven by a guest, no points (the next car of its class
            takes them; repeatable or 17,21).
watch       imports the newest Al Kamel file (CSV or JSON) the timing provider writes into <timing-folder>
            as it arrives, status from the file name (Live, Provisional, Official), then
            updates manifest.json; one line per change. An export is used once it has stayed
            the same for --settle seconds (3) and is not far shorter than the result it
            follows (held and logged; --allow-fewer-cars publishes it). --once: what is
            there now, then exit.
            Ctrl-C stops it.

Exit codes: 0 ok, 1 the data has faults, 2 a usage or file-system error.`
