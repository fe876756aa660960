import { renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/**
 * Writes a file so that a reader sees the old text or the new, never half of it: the text goes
 * to a temporary file in the same folder, which is then renamed over the target (a rename
 * within one file system is atomic).
 */
export function writeFileAtomic(path: string, text: string): void {
  writeFilesTogether([{ path, text }])
}

/**
 * Writes several files so that they change together or not at all, as far as a file system
 * allows: every text goes to its temporary file first (any failure removes them all and nothing
 * changed), then each is renamed over its target, one rename after the other.
 */
export function writeFilesTogether(
  files: ReadonlyArray<{ readonly path: string; readonly text: string }>,
): void {
  const staged = files.map(({ path, text }) => ({
    path,
    text,
    temporary: join(dirname(path), `.${basename(path)}.${process.pid}.tmp`),
  }))
  try {
    for (const { temporary, text } of staged) writeFileSync(temporary, text)
    for (const { temporary, path } of staged) renameSync(temporary, path)
  } catch (error) {
    for (const { temporary } of staged) rmSync(temporary, { force: true })
    throw error
  }
}
