import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { readFromDisk } from '../../src/data/disk-reader.ts'

const dir = mkdtempSync(join(tmpdir(), 'pitboard-disk-'))
writeFileSync(join(dir, 'a.json'), '{"x":1}')

test('reads a file, reports a missing one as missing and a folder as an error', async () => {
  expect(await readFromDisk(join(dir, 'a.json'))).toEqual({ kind: 'text', text: '{"x":1}' })
  expect(await readFromDisk(join(dir, 'none.json'))).toEqual({ kind: 'missing' })
  expect(await readFromDisk(dir)).toEqual({
    kind: 'error',
    message: `${dir} is a folder, not a file`,
  })
})

test('bug: a FIFO at a result path blocked forever — only regular files are read', async () => {
  const fifo = join(dir, 'r01.json')
  execFileSync('mkfifo', [fifo])
  expect(await readFromDisk(fifo)).toEqual({
    kind: 'error',
    message: `${fifo} is not a regular file (a FIFO)`,
    notText: true,
  })
})
