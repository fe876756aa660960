import { readFileSync, statSync } from 'node:fs'
import { decodeUtf8 } from './decode-utf8.ts'
import type { ReadResult } from './read-text.ts'

/**
 * Reads a season file from disk for the command-line tool and the tests. Synchronously: a
 * season is many small files read one after the other, and the promise-based reader spends more
 * on opening and closing than on reading (docs/performance.md#command-line-tool).
 */
export function readFromDisk(path: string): Promise<ReadResult> {
  return Promise.resolve(readNow(path))
}

function readNow(path: string): ReadResult {
  try {
    // Only regular files: a FIFO or a device at a result path would block or never end.
    const stat = statSync(path, { throwIfNoEntry: false })
    if (stat === undefined) return { kind: 'missing' }
    if (stat.isDirectory()) return { kind: 'error', message: `${path} is a folder, not a file` }
    if (!stat.isFile()) return { kind: 'error', message: `${path} is not a regular file` }
    // UTF-8 or refused: never a replacement character in place of each Latin-1 accent.
    const decoded = decodeUtf8(readFileSync(path), path)
    return decoded.ok
      ? { kind: 'text', text: decoded.text }
      : { kind: 'error', message: decoded.message, notText: true }
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined
    if (code === 'ENOENT') return { kind: 'missing' }
    if (code === 'EISDIR') return { kind: 'error', message: `${path} is a folder, not a file` }
    if (code === 'EACCES') return { kind: 'error', message: `no permission to read ${path}` }
    return {
      kind: 'error',
      message: `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`,
    }
  }
}
