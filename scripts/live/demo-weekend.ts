import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { notesFileOf, outcomeLines, type TimingOutcome } from '../../src/cli/process-timing-file.ts'
import { writeSeasonManifest } from '../../src/cli/season-manifest.ts'
import { watchTimingFolder } from '../../src/cli/watch-command.ts'
import { writeFileAtomic } from '../../src/cli/write-atomic.ts'
import { checkSchema } from '../../src/data/check-schema.ts'
import { resultsSchema } from '../../src/data/results-schema.ts'
import { seasonSchema } from '../../src/data/season-schema.ts'
import { alKamelQualifyingCsv, alKamelRaceCsv } from './alkamel-csv.ts'
import { demoPhases } from './demo-race.ts'
import { startDemoServer, type DemoServer } from './demo-server.ts'

export interface DemoWeekendOptions {
  readonly port?: number
  /** Seconds between phases when the weekend runs by itself (default 3). */
  readonly stepSeconds?: number
  /** Move on only when `next()` is called (the end-to-end tests). */
  readonly manual?: boolean
  /** A site built already (it is changed: its 2023 season is replaced); default: built anew. */
  readonly siteDir?: string
  /** How often watch looks at the timing folder, in ms (default 500). */
  readonly pollMs?: number
  /** Where the watch log goes (default: nowhere). */
  readonly log?: (line: string) => void
}

export interface DemoWeekend {
  readonly url: string
  readonly server: DemoServer
  /** The folder the "timing provider" writes into, for a test's own files. */
  readonly timingFolder: string
  /** Writes the next phase's CSV; resolves once watch has written the result and the manifest. */
  readonly next: () => Promise<void>
  /** "scheduled", "live 1/8" … "live 8/8", "provisional", "official". */
  readonly phase: () => string
  readonly close: () => Promise<void>
}

const SEASON = fileURLToPath(new URL('../../public/data/ccna/2023', import.meta.url))
const RACE = 'r11'
const NOT_YET = ['r11', 'r12', 'r13', 'r14', 'r15', 'r16']
const QUALIFYING = 'R11_Qualifying_Official.CSV'

function read<T>(path: string, schema: Parameters<typeof checkSchema<T>>[2]): T {
  const checked = checkSchema(path, JSON.parse(readFileSync(path, 'utf8')), schema)
  if (!checked.ok) throw new Error(`${path} does not validate`)
  return checked.value
}

/**
 * 2023 race 11 (Indianapolis) as an operator runs it (docs/cli.md#watch): the built site serves a
 * copy of the 2023 season whose races 11–16 have not happened (race 11 scheduled), `pitboard
 * watch` watches a timing folder for race 11, and each step the "timing provider" writes the next
 * phase of demoPhases there as an Al Kamel CSV — eight running orders, the provisional result at
 * the flag (Hart 2nd), the official one after the stewards (Hart 9th, with the stewards' notes in
 * R11_Race_Official.txt). The poles come from a qualifying sheet written at the start.
 */
export async function startDemoWeekend(options: DemoWeekendOptions = {}): Promise<DemoWeekend> {
  const log = options.log ?? (() => undefined)
  const site = options.siteDir ?? mkdtempSync(join(tmpdir(), 'pitboard-demo-'))
  if (options.siteDir === undefined)
    await build({ logLevel: 'warn', build: { outDir: site, emptyOutDir: true } })
  const seasonFolder = join(site, 'data/ccna/2023')
  rmSync(seasonFolder, { recursive: true, force: true })
  cpSync(SEASON, seasonFolder, { recursive: true })
  for (const race of NOT_YET) rmSync(join(seasonFolder, `results/${race}.json`), { force: true })
  const season = read(join(SEASON, 'season.json'), seasonSchema)
  const phases = demoPhases(read(join(SEASON, `results/${RACE}.json`), resultsSchema), '20', 2)
  const live = phases.filter((p) => p.status === 'live').length
  const label = (i: number) => {
    const status = phases[i]?.status ?? 'official'
    return status === 'live' ? `live ${i}/${live}` : status
  }
  const fileName = (i: number) => {
    const status = phases[i]?.status ?? 'official'
    const name = `${status.charAt(0).toUpperCase()}${status.slice(1)}`
    return `R11_Race_${name}${status === 'live' ? `_${String(i).padStart(2, '0')}` : ''}.CSV`
  }
  // Before the weekend the series publishes the race as scheduled.
  writeFileAtomic(
    join(seasonFolder, `results/${RACE}.json`),
    `${JSON.stringify(phases[0], null, 2)}\n`,
  )
  writeSeasonManifest(seasonFolder)

  const timingFolder = mkdtempSync(join(tmpdir(), 'pitboard-timing-'))
  const official = phases.at(-1)
  if (official !== undefined)
    writeFileSync(join(timingFolder, QUALIFYING), alKamelQualifyingCsv(official, season))
  // The phases written and not yet used by watch; null when the weekend closes first.
  const waiting = new Map<string, (outcome: TimingOutcome | null) => void>()
  const stop = new AbortController()
  const watching = watchTimingFolder(
    {
      folder: timingFolder,
      season: seasonFolder,
      race: RACE,
      qualifying: join(timingFolder, QUALIFYING),
      minLapsShare: 0.7,
      statuses: [],
      // The demo writes each export whole, in one call: nothing to wait for (docs/cli.md#watch).
      settleMs: 0,
      ...(options.pollMs === undefined ? {} : { pollMs: options.pollMs }),
      onOutcome: (outcome) => waiting.get(outcome.file)?.(outcome),
    },
    log,
    stop.signal,
  ).catch((error: unknown) => log(`watch stopped: ${String(error)}`))
  const server = await startDemoServer(site, options.port ?? 0)

  let index = 0
  const step = async () => {
    const results = phases[index + 1]
    if (results === undefined) return
    index += 1
    const file = fileName(index)
    const done = new Promise<void>((resolve, reject) =>
      waiting.set(file, (outcome) => {
        waiting.delete(file)
        if (outcome === null || outcome.kind === 'written' || outcome.kind === 'unchanged')
          resolve()
        else reject(new Error(outcomeLines(outcome, new Date()).join('\n')))
      }),
    )
    // The notes first: watch reads them with the CSV they belong to.
    if (results.notes !== undefined)
      writeFileSync(join(timingFolder, notesFileOf(file)), `${results.notes.join('\n')}\n`)
    writeFileSync(join(timingFolder, file), alKamelRaceCsv(results, season))
    await done
  }
  let queue = Promise.resolve()
  const next = () => {
    const run = queue.then(step)
    queue = run.catch(() => undefined)
    return run
  }
  const timer = options.manual
    ? undefined
    : setInterval(
        () => {
          if (index >= phases.length - 1) clearInterval(timer)
          else void next().catch((error: unknown) => log(String(error)))
        },
        (options.stepSeconds ?? 3) * 1000,
      )

  return {
    url: server.url,
    server,
    timingFolder,
    next,
    phase: () => label(index),
    close: async () => {
      clearInterval(timer)
      stop.abort()
      await watching
      for (const settle of waiting.values()) settle(null)
      await server.close()
      rmSync(timingFolder, { recursive: true, force: true })
      if (options.siteDir === undefined) rmSync(site, { recursive: true, force: true })
    },
  }
}
