import { existsSync, readdirSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import { readSeasonText } from '../data/read-regular-file.ts'
import { countNoun } from '../model/count-noun.ts'
import { MANIFEST_FILE } from '../data/manifest-schema.ts'
import { manifestFaults, seasonTexts, writeSeasonFiles } from './season-manifest.ts'
import { JOURNAL_FILE, NODE_DISK, TEMPORARY_FILE, type DiskSteps } from './write-atomic.ts'

/** The renames of a journal, each inside the folder; null when the journal is unreadable. */
function journalRenames(folder: string): ReadonlyArray<readonly [string, string]> | null {
  try {
    // A FIFO or device in the journal's place is unreadable (null), never a hang.
    const text = readSeasonText(join(folder, JOURNAL_FILE))
    const json: unknown = JSON.parse(text)
    const renames: unknown =
      typeof json === 'object' && json !== null ? Reflect.get(json, 'renames') : null
    if (!Array.isArray(renames)) return null
    const inside = (path: unknown): path is string =>
      typeof path === 'string' && !normalize(path).startsWith('..') && !path.startsWith('/')
    const pairs: Array<readonly [string, string]> = []
    for (const pair of renames) {
      if (!Array.isArray(pair)) return null
      const from: unknown = pair[0]
      const to: unknown = pair[1]
      if (!inside(from) || !inside(to)) return null
      pairs.push([from, to])
    }
    return pairs
  } catch {
    return null
  }
}

/**
 * Puts a season folder right after a crash or an I/O error in the middle of a write
 * (docs/cli.md#writes), before `watch` or `import` writes again: completes a write whose journal
 * was written (every file was whole on the disk by then), removes the temporary files of a write
 * that never got that far, and rewrites a manifest that disagrees with its files. Returns one line
 * per repair, for the log.
 */
export function recoverSeasonFolder(
  folder: string,
  disk: DiskSteps = NODE_DISK,
): ReadonlyArray<string> {
  const said: Array<string> = []
  const journal = join(folder, JOURNAL_FILE)
  if (existsSync(journal)) {
    const renames = journalRenames(folder)
    const done: Array<string> = []
    for (const [from, to] of renames ?? []) {
      if (!existsSync(join(folder, from))) continue
      disk.rename(join(folder, from), join(folder, to))
      done.push(to)
    }
    for (const dir of new Set((renames ?? []).map(([, to]) => dirname(join(folder, to)))))
      disk.syncFolder(dir)
    disk.remove(journal)
    said.push(
      renames === null
        ? `removed an unreadable ${JOURNAL_FILE}`
        : `completed a write that was interrupted: ${done.length === 0 ? 'nothing was left to do' : done.join(', ')}`,
    )
  }
  const folders = new Set([folder])
  for (const path of seasonTexts(folder).keys()) folders.add(dirname(join(folder, path)))
  let removed = 0
  for (const dir of folders)
    for (const name of safeList(dir))
      if (TEMPORARY_FILE.test(name) || name.startsWith(`${JOURNAL_FILE}.`)) {
        disk.remove(join(dir, name))
        removed += 1
      }
  if (removed > 0)
    said.push(`removed ${countNoun(removed, 'temporary file')} an interrupted write left`)
  if (existsSync(join(folder, MANIFEST_FILE))) {
    const faults = manifestFaults(folder)
    if (faults.length > 0) {
      const changed = writeSeasonFiles(folder, [], { manifest: 'always' }, disk)
      said.push(
        `manifest.json disagreed with its files (${faults[0]?.message ?? ''}${faults.length > 1 ? ` and ${countNoun(faults.length - 1, 'more fault')}` : ''}): rewritten${changed.length > 0 ? ` (${changed.join(', ')})` : ''}`,
      )
    }
  }
  return said
}

function safeList(dir: string): ReadonlyArray<string> {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}
