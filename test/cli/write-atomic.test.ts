import type * as NodeFs from 'node:fs'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeEach, expect, test, vi } from 'vitest'
import { writeFileAtomic, writeFilesTogether } from '../../src/cli/write-atomic.ts'

/**
 * A disk that can fill up: each text is written in two halves, and the test looks at the
 * folder between them (what a reader sees mid-write). `failOn`: the write (counted from 0 since
 * `fullDiskAt`) that stops after its first half with ENOSPC, as a full disk does.
 */
const disk = vi.hoisted(() => ({
  failOn: null as number | null,
  writes: 0,
  midWrite: null as (() => void) | null,
}))
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof NodeFs>()
  return {
    ...fs,
    writeFileSync: (...args: Parameters<typeof fs.writeFileSync>) => {
      const [path, data] = args
      if (typeof path !== 'string' || typeof data !== 'string') return fs.writeFileSync(...args)
      const write = disk.writes
      disk.writes += 1
      const half = Math.floor(data.length / 2)
      fs.writeFileSync(path, data.slice(0, half))
      disk.midWrite?.()
      if (write === disk.failOn)
        throw Object.assign(new Error(`ENOSPC: no space left on device, write`), {
          code: 'ENOSPC',
        })
      fs.appendFileSync(path, data.slice(half))
    },
  }
})

const root = mkdtempSync(join(tmpdir(), 'pitboard-write-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
let folder: string
beforeEach(() => {
  folder = mkdtempSync(join(root, 'case-'))
  Object.assign(disk, { failOn: null, writes: 0, midWrite: null })
})
afterEach(() => Object.assign(disk, { failOn: null, midWrite: null }))

/** The `n`-th write from now (0: the next) fails half-way. */
const fullDiskAt = (n: number) => Object.assign(disk, { failOn: n, writes: 0 })

const OLD = '{"status":"provisional","rows":["car 20 2nd"]}\n'
const NEW = '{"status":"official","rows":["car 20 9th","car 53 1st","car 17 2nd"]}\n'
const read = (name: string) => readFileSync(join(folder, name), 'utf8')

test('a reader never sees half a file: the old text until the new one is whole', () => {
  writeFileSync(join(folder, 'r11.json'), OLD)
  const seen: Array<string> = []
  disk.midWrite = () => seen.push(read('r11.json'))
  writeFileAtomic(join(folder, 'r11.json'), NEW)
  expect(seen).toEqual([OLD])
  expect(read('r11.json')).toBe(NEW)
  expect(readdirSync(folder)).toEqual(['r11.json'])
})

test('a full disk mid-write keeps the old text and leaves no .tmp file behind', () => {
  writeFileSync(join(folder, 'r11.json'), OLD)
  fullDiskAt(0)
  expect(() => writeFileAtomic(join(folder, 'r11.json'), NEW)).toThrow(/ENOSPC/)
  expect(read('r11.json')).toBe(OLD)
  expect(readdirSync(folder)).toEqual(['r11.json'])
})

test('a file that did not exist is not left half-written either', () => {
  fullDiskAt(0)
  expect(() => writeFileAtomic(join(folder, 'r12.json'), NEW)).toThrow(/ENOSPC/)
  expect(readdirSync(folder)).toEqual([])
})

test('writeFilesTogether: a failure on the second file changes neither, and leaves no .tmp file', () => {
  writeFileSync(join(folder, 'r11.json'), OLD)
  writeFileSync(join(folder, 'season.json'), '{"season":"old"}\n')
  fullDiskAt(1)
  expect(() =>
    writeFilesTogether(folder, [
      { path: join(folder, 'r11.json'), text: NEW },
      { path: join(folder, 'season.json'), text: '{"season":"new"}\n' },
    ]),
  ).toThrow(/ENOSPC/)
  expect([read('r11.json'), read('season.json')]).toEqual([OLD, '{"season":"old"}\n'])
  expect(readdirSync(folder).sort()).toEqual(['r11.json', 'season.json'])
})

test('writeFilesTogether: no target changes before every text is written in full', () => {
  writeFileSync(join(folder, 'r11.json'), OLD)
  writeFileSync(join(folder, 'season.json'), '{"season":"old"}\n')
  const seen: Array<ReadonlyArray<string>> = []
  disk.midWrite = () => seen.push([read('r11.json'), read('season.json')])
  writeFilesTogether(folder, [
    { path: join(folder, 'r11.json'), text: NEW },
    { path: join(folder, 'season.json'), text: '{"season":"new"}\n' },
  ])
  // Two texts and the journal naming their renames: the targets are old all through.
  expect(seen).toEqual([
    [OLD, '{"season":"old"}\n'],
    [OLD, '{"season":"old"}\n'],
    [OLD, '{"season":"old"}\n'],
  ])
  expect([read('r11.json'), read('season.json')]).toEqual([NEW, '{"season":"new"}\n'])
  expect(readdirSync(folder).sort()).toEqual(['r11.json', 'season.json'])
})

test('a target that cannot be replaced (a folder in its place): the error, and no .tmp file left', () => {
  mkdirSync(join(folder, 'r11.json'))
  writeFileSync(join(folder, 'r11.json', 'keep'), 'kept')
  expect(() => writeFileAtomic(join(folder, 'r11.json'), NEW)).toThrow()
  expect(readdirSync(folder)).toEqual(['r11.json'])
  expect(read('r11.json/keep')).toBe('kept')
})
