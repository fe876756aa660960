import {
  closeSync,
  fsyncSync,
  openSync,
  renameSync,
  rmSync,
  writeFileSync,
  type PathLike,
} from 'node:fs'
import { basename, dirname, join, relative } from 'node:path'

/**
 * The steps a write takes on disk, each one durable when it returns. Tests replace them to fail
 * or to "kill the process" at any one step (test/cli/season-transaction.test.ts).
 */
export interface DiskSteps {
  /** Writes the whole text and flushes it to the disk (fsync). */
  readonly write: (path: string, text: string) => void
  readonly rename: (from: string, to: string) => void
  readonly remove: (path: string) => void
  /** Flushes a folder's entries (the renames in it) to the disk; a no-op where unsupported. */
  readonly syncFolder: (path: string) => void
}

function fsyncPath(path: PathLike, flags: string): void {
  const descriptor = openSync(path, flags)
  try {
    fsyncSync(descriptor)
  } finally {
    closeSync(descriptor)
  }
}

export const NODE_DISK: DiskSteps = {
  write: (path, text) => {
    writeFileSync(path, text)
    fsyncPath(path, 'r+')
  },
  rename: renameSync,
  remove: (path) => rmSync(path, { force: true }),
  syncFolder: (path) => {
    try {
      fsyncPath(path, 'r')
    } catch {
      // Some systems cannot open a folder to flush it (Windows): the renames are still made.
    }
  },
}

/** The journal of a write in progress (docs/cli.md#writes): what to rename, once all is staged. */
export const JOURNAL_FILE = '.pitboard-journal.json'

/** A temporary file of this tool: `.r11.json.4242.tmp`, beside its target. */
export const TEMPORARY_FILE = /^\..+\.\d+\.tmp$/

/** A write that failed, naming the file and the reason ("no space left on device"). */
export class WriteError extends Error {
  override name = 'WriteError'
}

function reasonOf(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : null
  const REASONS: Readonly<Record<string, string>> = {
    ENOSPC: 'no space left on device',
    EDQUOT: 'disk quota exceeded',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    EISDIR: 'a folder is in its place',
    EIO: 'input/output error',
  }
  const said = code === null ? undefined : REASONS[code]
  if (said !== undefined && code !== null) return `${said} (${code})`
  return error instanceof Error ? error.message : String(error)
}

/** Writes one file so that a reader sees the old text or the new, never half of it. */
export function writeFileAtomic(path: string, text: string, disk: DiskSteps = NODE_DISK): void {
  writeFilesTogether(dirname(path), [{ path, text }], disk)
}

/**
 * Writes several files of one folder as one transaction (docs/cli.md#writes): every text goes to
 * a temporary file beside its target and is flushed to the disk; then a journal naming the
 * renames is written (atomically); then each temporary file is renamed over its target and the
 * journal removed. A failure before the journal leaves the old files (the temporary ones are
 * removed); a crash after it is completed by `recoverSeasonFolder` at the next start, so the
 * folder holds the old files or the new, never a mix.
 */
export function writeFilesTogether(
  folder: string,
  files: ReadonlyArray<{ readonly path: string; readonly text: string }>,
  disk: DiskSteps = NODE_DISK,
): void {
  const staged = files.map(({ path, text }) => ({
    path,
    text,
    temporary: join(dirname(path), `.${basename(path)}.${process.pid}.tmp`),
  }))
  const journal = join(folder, JOURNAL_FILE)
  const journalTemporary = join(folder, `${JOURNAL_FILE}.${process.pid}.tmp`)
  let current = ''
  try {
    for (const { temporary, text, path } of staged) {
      current = path
      disk.write(temporary, text)
    }
    if (staged.length > 1) {
      current = journal
      const renames = staged.map((s) => [relative(folder, s.temporary), relative(folder, s.path)])
      disk.write(journalTemporary, `${JSON.stringify({ renames })}\n`)
      disk.rename(journalTemporary, journal)
      disk.syncFolder(folder)
    }
  } catch (error) {
    for (const { temporary } of staged) disk.remove(temporary)
    disk.remove(journalTemporary)
    throw new WriteError(`cannot write ${current}: ${reasonOf(error)}`, { cause: error })
  }
  try {
    for (const { temporary, path } of staged) {
      current = path
      disk.rename(temporary, path)
    }
    for (const dir of new Set(staged.map((s) => dirname(s.path)))) disk.syncFolder(dir)
    if (staged.length > 1) disk.remove(journal)
  } catch (error) {
    if (staged.length === 1) for (const { temporary } of staged) disk.remove(temporary)
    throw new WriteError(
      `cannot write ${current}: ${reasonOf(error)}${staged.length > 1 ? ' (the write is completed at the next start of pitboard)' : ''}`,
      { cause: error },
    )
  }
}
