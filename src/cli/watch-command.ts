import { readdir, readFile, stat } from 'node:fs/promises'
import { readRegularFileSync } from '../data/read-regular-file.ts'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { findRace } from './find-race.ts'
import { loadSeasonFolder } from './load-season.ts'
import { UsageError, type Command } from './parse-args.ts'
import {
  clock,
  notesFileOf,
  outcomeLines,
  processTimingFile,
  type TimingOutcome,
  type WatchOptions,
} from './process-timing-file.ts'
import { recoverSeasonFolder } from './recover-season-folder.ts'
import { statusRank, timingFileKind } from './timing-file-status.ts'

type WatchCommand = Extract<Command, { name: 'watch' }>

/** What the scans of a timing folder remember from one look to the next. */
export interface ScanState {
  /** Each CSV's content (a hash, with its notes file's) at the last look, and since when. */
  readonly seen: Map<string, { readonly fingerprint: string; readonly since: number }>
  /** The content each CSV had when it was last used or logged. */
  readonly handled: Map<string, string>
  /** The last error reading the folder, so that it is logged once. */
  folderError: string | null
}

export function newScanState(): ScanState {
  return { seen: new Map(), handled: new Map(), folderError: null }
}

interface Listed {
  readonly name: string
  readonly fingerprint: string
  readonly mtimeMs: number
}

/**
 * The CSVs of the folder with a hash of their content and their notes': content, not size and
 * time, says whether a file changed — a corrected export copied over with the same size and
 * time is still seen (issue 22).
 */
async function listCsvFiles(folder: string): Promise<ReadonlyArray<Listed>> {
  const entries = await readdir(folder, { withFileTypes: true })
  const names = new Set(entries.map((entry) => entry.name))
  // Regular files within the size limit only: a FIFO or a device named like an export or its
  // notes must not hang the watch (docs/hardening.md#files-on-disk).
  const hashOf = (name: string) => {
    try {
      const bytes = readRegularFileSync(join(folder, name))
      return createHash('sha256').update(bytes).digest('base64')
    } catch {
      return null
    }
  }
  const listed = await Promise.all(
    entries
      .filter((entry) => entry.isFile() && /\.(?:csv|json)$/i.test(entry.name))
      .map(async ({ name }): Promise<Listed | null> => {
        const info = await stat(join(folder, name)).catch(() => null)
        const csv = hashOf(name)
        const notesName = notesFileOf(name)
        const notes = names.has(notesName) ? hashOf(notesName) : null
        if (csv === null || info === null) return null
        return { name, fingerprint: `${csv}+${notes ?? ''}`, mtimeMs: info.mtimeMs }
      }),
  )
  return listed.filter((file) => file !== null)
}

/**
 * One look at the timing folder (docs/cli.md#watch). A CSV counts once it has settled — its
 * content (and its notes file's) the same at two looks at least `settleMs` apart, or at once when
 * `settled` (`--once`: the writer has finished) — and is looked at again only when it changes. Of the new
 * and changed files, the newest of the highest status is processed; a name that gives no status
 * is logged as skipped. Returns what became of each file looked at.
 */
export async function scanOnce(
  options: WatchOptions,
  state: ScanState,
  log: (line: string) => void,
  settled = false,
): Promise<ReadonlyArray<TimingOutcome>> {
  const now = options.now ?? (() => new Date())
  let files: ReadonlyArray<Listed>
  try {
    files = await listCsvFiles(options.folder)
    state.folderError = null
  } catch (error) {
    const message = `cannot read ${options.folder}: ${error instanceof Error ? error.message : String(error)}`
    if (state.folderError !== message) log(`${clock(now())}  ${message}`)
    state.folderError = message
    return []
  }
  const at = (options.elapsedMs ?? (() => performance.now()))()
  const settle = options.settleMs ?? 3000
  const held = (file: Listed) => {
    const seen = state.seen.get(file.name)
    return seen?.fingerprint === file.fingerprint && at - seen.since >= settle
  }
  const fresh = files.filter(
    (file) => (settled || held(file)) && state.handled.get(file.name) !== file.fingerprint,
  )
  const since = new Map(state.seen)
  state.seen.clear()
  for (const file of files) {
    const before = since.get(file.name)
    state.seen.set(file.name, {
      fingerprint: file.fingerprint,
      since: before?.fingerprint === file.fingerprint ? before.since : at,
    })
  }
  const outcomes: Array<TimingOutcome> = []
  const report = (outcome: TimingOutcome) => {
    for (const line of outcomeLines(outcome, now())) log(line)
    options.onOutcome?.(outcome)
    outcomes.push(outcome)
  }
  const candidates = fresh.flatMap((file) => {
    state.handled.set(file.name, file.fingerprint)
    const kind = timingFileKind(file.name)
    if (kind.kind === 'race') return [{ ...file, status: kind.status }]
    report({ kind: 'skipped', file: file.name, reason: kind.reason })
    return []
  })
  // Only the newest file of the highest status counts; the others it supersedes are left.
  const [best] = candidates.toSorted(
    (a, b) =>
      statusRank(b.status) - statusRank(a.status) ||
      b.mtimeMs - a.mtimeMs ||
      // Last, by name in code-point order: the same file on every machine, whatever its language.
      (a.name < b.name ? 1 : a.name > b.name ? -1 : 0),
  )
  if (best !== undefined) {
    const outcome = await processTimingFile(options, best.name, best.status, now()).catch(
      (error: unknown) => {
        // Not the file's fault (a full disk, a permission): tried again at the next look.
        state.handled.delete(best.name)
        throw error
      },
    )
    report(outcome)
  }
  return outcomes
}

/**
 * Fails fast, as a usage mistake, on what no later file can fix: folders, race, qualifying. Then
 * puts right what a crash of an earlier run left (recoverSeasonFolder), saying so.
 */
async function checkSetup(options: WatchOptions, log: (line: string) => void): Promise<string> {
  const info = await stat(options.folder).catch(() => null)
  if (info === null || !info.isDirectory())
    throw new UsageError(
      `no such folder: ${options.folder} (give the folder the timing files arrive in)`,
    )
  const check = await loadSeasonFolder(options.season)
  if (check.season === null)
    throw new UsageError(
      `${options.season}/season.json has faults: run "pitboard validate ${options.season}" first`,
    )
  const race = findRace(check.season, options.race, options.season)
  if (options.qualifying !== null)
    await readFile(options.qualifying).catch(() => {
      throw new UsageError(`cannot read ${options.qualifying}`)
    })
  const now = options.now ?? (() => new Date())
  for (const line of recoverSeasonFolder(options.season))
    log(`${clock(now())}  ${options.season}: ${line}`)
  return race.results
}

/**
 * Watches a timing folder until `signal` aborts (docs/cli.md#watch): looks every `pollMs` (500)
 * rather than trusting file-system events, which miss and double up changes on many systems,
 * and logs one line per file used, refused or skipped. An error of one look is logged, and the
 * next look tries again.
 */
export async function watchTimingFolder(
  options: WatchOptions,
  log: (line: string) => void,
  signal: AbortSignal,
): Promise<void> {
  const now = options.now ?? (() => new Date())
  const target = await checkSetup(options, log)
  log(
    `${clock(now())}  watching ${options.folder} for race ${options.race} (${options.season}/${target})`,
  )
  const state = newScanState()
  let lastError: string | null = null
  while (!signal.aborted) {
    try {
      await scanOnce(options, state, log)
      lastError = null
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      if (message !== lastError) log(`${clock(now())}  error: ${message} (trying again)`)
      lastError = message
    }
    await delay(options.pollMs ?? 500, undefined, { signal }).catch(() => undefined)
  }
  log(`${clock(now())}  stopped watching ${options.folder}`)
}

/**
 * `pitboard watch <timing-folder> --season <folder> --race <id>`: until Ctrl-C, or with --once
 * what is in the folder now (exit 1 when that file is refused or has faults).
 */
export async function runWatch(
  command: WatchCommand,
  print: (line: string) => void,
  signal: AbortSignal,
): Promise<number> {
  if (!command.once) {
    await watchTimingFolder(command, print, signal)
    return 0
  }
  await checkSetup(command, print)
  const outcomes = await scanOnce(command, newScanState(), print, true)
  if (outcomes.length === 0) print(`${command.folder}: no timing files`)
  return outcomes.some((o) => o.kind === 'faulty' || o.kind === 'refused' || o.kind === 'held')
    ? 1
    : 0
}
