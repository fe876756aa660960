import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { writeSeasonManifest } from '../../src/cli/season-manifest.ts'
import { LIMITS } from '../../src/data/season-schema.ts'
import { makeSeason, order, results } from '../fixtures/build.ts'
import { PITBOARD } from '../fixtures/run-cli.ts'

/**
 * Files in a season folder that are not season files (docs/hardening.md#files-on-disk): a FIFO,
 * a device, a file too large or too long. `pitboard validate` refuses each with a located
 * message and exit 1, at once: never a hang, a read without end or V8's heap dump.
 */
const root = mkdtempSync(join(tmpdir(), 'pitboard-hostile-files-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

/** A valid season folder of two races, with its manifest (as every shipped season has). */
function seasonFolder(name: string): string {
  const folder = join(root, name)
  mkdirSync(join(folder, 'results'), { recursive: true })
  writeFileSync(join(folder, 'season.json'), JSON.stringify(makeSeason()))
  for (const race of ['r01', 'r02'])
    writeFileSync(
      join(folder, 'results', `${race}.json`),
      JSON.stringify(results(race, order(['1', '2', '3']))),
    )
  writeSeasonManifest(folder, new Date('2024-03-02T18:00:00Z'))
  return folder
}

/** The real tool, killed after `seconds`: a hang fails the test instead of stalling the run. */
function pitboardWithin(seconds: number, ...args: ReadonlyArray<string>) {
  const [node, ...rest] = PITBOARD
  const run = spawnSync(node, [...rest, ...args], {
    encoding: 'utf8',
    timeout: seconds * 1000,
    killSignal: 'SIGKILL',
    maxBuffer: 64 * 1024 * 1024,
  })
  return { code: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr }
}

test('validate hangs on a FIFO or device in a folder with a manifest (issue 22 #7)', () => {
  const cases: ReadonlyArray<readonly [string, string, (path: string) => void, string]> = [
    ['results/r01.json', 'results/r01.json', (path) => execFileSync('mkfifo', [path]), 'a FIFO'],
    ['season.json', 'season.json', (path) => execFileSync('mkfifo', [path]), 'a FIFO'],
    [
      'results/r02.json',
      'results/r02.json',
      (path) => symlinkSync('/dev/zero', path),
      'a character device',
    ],
    [
      'manifest.json',
      'manifest.json',
      (path) => symlinkSync('/dev/zero', path),
      'a character device',
    ],
  ]
  cases.forEach(([file, shown, make, kind], i) => {
    const folder = seasonFolder(`special-${i}`)
    const path = join(folder, file)
    unlinkSync(path)
    make(path)
    const run = pitboardWithin(20, 'validate', folder)
    expect({ code: run.code, signal: run.signal, stderr: run.stderr }).toEqual({
      code: 1,
      signal: null,
      stderr: '',
    })
    expect(run.stdout.split('\n')).toContain(
      `error: ${shown}: ${path} is not a regular file (${kind})`,
    )
  })
})

test('the CLI died with V8 heap out-of-memory at 2 million rows (issue 22 #7)', () => {
  const folder = seasonFolder('large')
  const file = join(folder, 'results', 'r01.json')
  // One byte over the size limit: refused by its size, before a byte is read or parsed.
  const text = JSON.stringify(results('r01', order(['1', '2', '3'])))
  writeFileSync(file, text.padEnd(LIMITS.fileBytes + 1, ' '))
  const large = pitboardWithin(20, 'validate', folder)
  expect([large.code, large.stderr]).toEqual([1, ''])
  expect(large.stdout.split('\n')).toEqual([
    `error: results/r01.json: ${file} is 16,777,217 bytes: over the limit of 16,777,216 bytes (16 MiB) for a season file (docs/data-format.md#limits)`,
    `${folder}: 1 fault found`,
    '',
  ])
  const standings = pitboardWithin(20, 'standings', folder)
  expect(standings.code).toBe(1)
  expect(standings.stderr).toContain(`${file} is 16,777,217 bytes: over the limit`)
  // Under the size limit, one row over the row limit: one fault, the rows never scored.
  const cars = Array.from({ length: LIMITS.rows + 1 }, (_, i) => String(i + 1))
  writeFileSync(file, JSON.stringify(results('r01', order(cars))))
  writeSeasonManifest(folder)
  const long = pitboardWithin(20, 'validate', folder)
  expect([long.code, long.stderr]).toEqual([1, ''])
  expect(long.stdout.split('\n')).toEqual([
    'error: results/r01.json: rows: expected at most 1,000 rows (cars) in one race, got a list of 1001',
    `${folder}: 1 fault found`,
    '',
  ])
})
