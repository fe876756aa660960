import { decodeUtf8 } from './decode-utf8.ts'
import type { ReadResult } from './read-text.ts'
import { readRegularFileSync, RefusedFileError } from './read-regular-file.ts'

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
    // Only a regular file within the size limit (read-regular-file.ts): a FIFO or a device at a
    // result path would block or never end, a 2 GB file would end in V8's heap dump.
    const bytes = readRegularFileSync(path)
    // UTF-8 or refused: never a replacement character in place of each Latin-1 accent.
    const decoded = decodeUtf8(bytes, path)
    return decoded.ok
      ? { kind: 'text', text: decoded.text }
      : { kind: 'error', message: decoded.message, notText: true }
  } catch (error) {
    // A FIFO, a device or a file over the limit is a fault of the folder (exit 1), as a file that
    // is not UTF-8 is; a folder in a file's place stays a file that cannot be read (exit 2).
    if (error instanceof RefusedFileError)
      return error.reason === 'folder'
        ? { kind: 'error', message: error.message }
        : { kind: 'error', message: error.message, notText: true }
    const code = error instanceof Error && 'code' in error ? error.code : undefined
    // ENOTDIR: a path through a file ("results" a file), as statSync's throwIfNoEntry had it.
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' }
    if (code === 'EISDIR') return { kind: 'error', message: `${path} is a folder, not a file` }
    if (code === 'EACCES') return { kind: 'error', message: `no permission to read ${path}` }
    return {
      kind: 'error',
      message: `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`,
    }
  }
}
