import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { readRegularFileSync, RefusedFileError } from '../../src/data/read-regular-file.ts'

const dir = mkdtempSync(join(tmpdir(), 'pitboard-regular-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** What reading `path` gives: its text, or the refusal's reason and message, or the error code. */
function outcome(path: string, maxBytes = 1000): unknown {
  try {
    return readRegularFileSync(path, maxBytes).toString('utf8')
  } catch (error) {
    if (error instanceof RefusedFileError) return [error.reason, error.message]
    return error instanceof Error && 'code' in error ? error.code : error
  }
}

test('a regular file is read whole, up to its limit exactly; a missing one throws as readFileSync does', () => {
  writeFileSync(join(dir, 'a.json'), '{"x":1}')
  expect(outcome(join(dir, 'a.json'))).toBe('{"x":1}')
  expect(outcome(join(dir, 'a.json'), 7)).toBe('{"x":1}')
  expect(outcome(join(dir, 'none.json'))).toBe('ENOENT')
  writeFileSync(join(dir, 'empty.json'), '')
  expect(outcome(join(dir, 'empty.json'))).toBe('')
  // A file the size of several growth steps (64 KiB first, then doubling) comes back whole.
  writeFileSync(join(dir, 'large.json'), 'y'.repeat(300_000))
  expect(outcome(join(dir, 'large.json'), 300_000)).toBe('y'.repeat(300_000))
})

test('a FIFO, a device or a folder is refused without reading, whatever a symbolic link says', () => {
  const fifo = join(dir, 'fifo.json')
  execFileSync('mkfifo', [fifo])
  const zero = join(dir, 'zero.json')
  symlinkSync('/dev/zero', zero)
  expect([outcome(fifo), outcome(zero), outcome(dir)]).toEqual([
    ['not-regular', `${fifo} is not a regular file (a FIFO)`],
    ['not-regular', `${zero} is not a regular file (a character device)`],
    ['folder', `${dir} is a folder, not a file`],
  ])
})

test('a file over the limit is refused by its size, with the limit in the message', () => {
  writeFileSync(join(dir, 'b.json'), '12345678')
  expect(outcome(join(dir, 'b.json'), 7)).toEqual([
    'too-large',
    `${join(dir, 'b.json')} is 8 bytes: over the limit of 7 bytes for a season file (docs/data-format.md#limits)`,
  ])
})

test.runIf(existsSync('/proc/self/status'))(
  'a file longer than its size says (it grows, or it is /proc) is read no further than the limit',
  () => {
    // /proc files say 0 bytes and hold more: read to the end, but never past the limit.
    expect(outcome('/proc/self/status', 100_000)).toMatch(/^Name:/)
    expect(outcome('/proc/self/status', 10)).toEqual([
      'too-large',
      '/proc/self/status grew while it was read: over the limit of 10 bytes for a season file (docs/data-format.md#limits)',
    ])
  },
)
