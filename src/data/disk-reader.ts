import { readFile } from 'node:fs/promises'
import type { ReadResult } from './read-text.ts'

/** Reads a season file from disk for the command-line tool and the tests. */
export async function readFromDisk(path: string): Promise<ReadResult> {
  try {
    return { kind: 'text', text: await readFile(path, 'utf8') }
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
