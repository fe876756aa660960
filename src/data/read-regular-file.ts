import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs'
import { LIMITS } from './season-schema.ts'

/** Why a file was refused before a byte of it was read. */
export type Refusal = 'folder' | 'not-regular' | 'too-large'

/** A file that is not a season file at all: a folder, a FIFO or device, or over the size limit. */
export class RefusedFileError extends Error {
  readonly reason: Refusal
  constructor(message: string, reason: Refusal) {
    super(message)
    this.name = 'RefusedFileError'
    this.reason = reason
  }
}

/**
 * A file's bytes, only if it is a regular file of at most `maxBytes`
 * (docs/hardening.md#files-on-disk, docs/data-format.md#limits). Opened without blocking, so a
 * FIFO cannot hang the tool waiting for a writer; checked on the open descriptor (fstat), so a
 * symbolic link to /dev/zero is seen as the device it is and nothing is swapped in between the
 * check and the read; refused by size before reading, and never more than `maxBytes` read, so a
 * file that grows meanwhile (or says 0 bytes, as /proc files do) is refused too. Throws
 * RefusedFileError for those; other errors (ENOENT, EACCES) as `readFileSync` throws them.
 */
export function readRegularFileSync(path: string, maxBytes: number = LIMITS.fileBytes): Buffer {
  const descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const info = fstatSync(descriptor)
    if (info.isDirectory()) throw new RefusedFileError(`${path} is a folder, not a file`, 'folder')
    if (!info.isFile())
      throw new RefusedFileError(`${path} is not a regular file (${kindOf(info)})`, 'not-regular')
    if (info.size > maxBytes)
      throw tooLarge(path, `is ${info.size.toLocaleString('en')} bytes`, maxBytes)
    let buffer = Buffer.allocUnsafe(info.size + 1)
    let length = 0
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) throw tooLarge(path, 'grew while it was read', maxBytes)
        const larger = Buffer.allocUnsafe(Math.min(Math.max(length * 2, 1 << 16), maxBytes + 1))
        buffer.copy(larger, 0, 0, length)
        buffer = larger
      }
      const read = readSync(descriptor, buffer, length, buffer.length - length, null)
      if (read === 0) return buffer.subarray(0, length)
      length += read
    }
  } finally {
    closeSync(descriptor)
  }
}

/** A season folder's file (or a notes file, a journal) as UTF-8 text, read as readRegularFileSync reads it. */
export function readSeasonText(path: string): string {
  return readRegularFileSync(path).toString('utf8')
}

/** "results/r01.json is 20,000,000 bytes: over the limit of 16,777,216 bytes (16 MiB) …" */
function tooLarge(path: string, what: string, maxBytes: number): RefusedFileError {
  const mebibytes = maxBytes / 2 ** 20
  const limit = `${maxBytes.toLocaleString('en')} bytes${Number.isInteger(mebibytes) && mebibytes > 0 ? ` (${mebibytes} MiB)` : ''}`
  return new RefusedFileError(
    `${path} ${what}: over the limit of ${limit} for a season file (docs/data-format.md#limits)`,
    'too-large',
  )
}

function kindOf(info: Stats): string {
  if (info.isFIFO()) return 'a FIFO'
  if (info.isCharacterDevice()) return 'a character device'
  if (info.isBlockDevice()) return 'a block device'
  if (info.isSocket()) return 'a socket'
  return 'not a file'
}
