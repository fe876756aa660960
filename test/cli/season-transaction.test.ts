import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { alKamelRaceCsv } from '../../scripts/live/alkamel-csv.ts'
import { recoverSeasonFolder } from '../../src/cli/recover-season-folder.ts'
import {
  manifestFaults,
  writeSeasonFiles,
  writeSeasonManifest,
} from '../../src/cli/season-manifest.ts'
import { NODE_DISK, WriteError, type DiskSteps } from '../../src/cli/write-atomic.ts'
import { failingDisk } from '../fixtures/failing-disk.ts'
import type { RaceResults, Season } from '../../src/engine/types.ts'
import { makeSeason, order, results } from '../fixtures/build.ts'
import { pitboard } from '../fixtures/run-cli.ts'

/**
 * One import or watch step is one transaction (issue 22 #4, docs/cli.md#writes): a crash at any
 * instant leaves the old season or the new, and the next start puts the folder right.
 */
const root = mkdtempSync(join(tmpdir(), 'pitboard-transaction-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const season: Season = makeSeason()
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`
const OLD_SEASON = json(season)
const NEW_SEASON = json({
  ...season,
  drivers: [...season.drivers, { id: 'new', name: 'New Driver' }],
})
const OLD_R01 = json(results('r01', order(['1', '2', '3', '4']), 'provisional'))
const NEW_R01 = json(results('r01', order(['4', '3', '2', '1'])))

let cases = 0
function seasonFolder(): string {
  cases += 1
  const folder = join(root, `case-${cases}`)
  mkdirSync(join(folder, 'results'), { recursive: true })
  writeFileSync(join(folder, 'season.json'), OLD_SEASON)
  writeFileSync(join(folder, 'results/r01.json'), OLD_R01)
  writeSeasonManifest(folder)
  return folder
}

/** What a reader of the folder sees: every file, the manifest aside (checked on its own). */
const contents = (folder: string) => ({
  files: readdirSync(folder, { recursive: true, encoding: 'utf8' }).toSorted(),
  season: readFileSync(join(folder, 'season.json'), 'utf8'),
  r01: readFileSync(join(folder, 'results/r01.json'), 'utf8'),
})

const importStep = (folder: string, disk: DiskSteps) =>
  writeSeasonFiles(
    folder,
    [
      { path: join(folder, 'results/r01.json'), text: NEW_R01 },
      { path: join(folder, 'season.json'), text: NEW_SEASON },
    ],
    { manifest: 'if-present' },
    disk,
  )

test('a crash between the writes of one import left the folder inconsistent, and a restart never repaired it (issue 22 #4)', () => {
  const counting = failingDisk(Infinity, 'kill')
  const whole = seasonFolder()
  importStep(whole, counting)
  const after = contents(whole)
  const before = contents(seasonFolder())
  expect(after.r01).toBe(NEW_R01)
  const steps = counting.steps()
  expect(steps).toBeGreaterThan(6)
  const seen = new Set<string>()
  for (let at = 0; at < steps; at += 1) {
    const folder = seasonFolder()
    expect(() => importStep(folder, failingDisk(at, 'kill'))).toThrow()
    recoverSeasonFolder(folder)
    const now = contents(folder)
    expect([before, after], `killed at step ${at}`).toContainEqual(now)
    expect(manifestFaults(folder), `killed at step ${at}`).toEqual([])
    seen.add(now.r01 === NEW_R01 ? 'new' : 'old')
  }
  // Both ends happen: early kills keep the old season, late ones complete the new.
  expect([...seen].toSorted()).toEqual(['new', 'old'])
})

test('an I/O error at any step names the file and the reason; the folder is whole after the next start (issue 22 #4)', () => {
  let failed = 0
  for (let at = 0; at < 9; at += 1) {
    const folder = seasonFolder()
    let step = 0
    const full: DiskSteps = {
      ...NODE_DISK,
      write: (path, text) => {
        step += 1
        if (step === at + 1)
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
            code: 'ENOSPC',
          })
        NODE_DISK.write(path, text)
      },
    }
    let error: unknown = null
    try {
      importStep(folder, full)
    } catch (caught) {
      error = caught
    }
    if (error === null) continue
    failed += 1
    expect(error).toBeInstanceOf(WriteError)
    expect(error instanceof Error ? error.message : '').toMatch(
      /cannot write \S+(results\/r01\.json|season\.json|manifest\.json|\.pitboard-journal\.json): no space left on device \(ENOSPC\)/,
    )
    // Nothing staged stays behind, and the old season is untouched.
    expect(contents(folder)).toEqual(contents(seasonFolder()))
  }
  // Four writes: the result, season.json, the manifest and the journal.
  expect(failed).toBe(4)
})

test('a restarted watch repaired nothing: a manifest naming the old version, and .tmp files left behind (issue 22 #4)', () => {
  const folder = seasonFolder()
  // What a crash between the two writes of the old code left: the result new, the manifest old.
  writeFileSync(join(folder, 'results/r01.json'), NEW_R01)
  writeFileSync(join(folder, 'results/.r01.json.4242.tmp'), '{"half": ')
  expect(manifestFaults(folder)).not.toEqual([])
  const check = pitboard('manifest', folder, '--check')
  expect(check.code).toBe(1)
  expect(check.stdout).toMatch(
    /manifest\.json: files\["results\/r01\.json"\]\.version: is "[^"]+", but results\/r01\.json has changed/,
  )
  const timing = join(root, `timing-${cases}`)
  mkdirSync(timing)
  writeFileSync(
    join(timing, 'R01_Race_Official.CSV'),
    alKamelRaceCsv(JSON.parse(NEW_R01) as RaceResults, season),
  )
  const run = pitboard('watch', timing, '--season', folder, '--race', 'r01', '--once')
  expect(run.stdout).toMatch(/removed 1 temporary file an interrupted write left/)
  expect(run.stdout).toMatch(
    /manifest\.json disagreed with its files .*: rewritten \(results\/r01\.json\)/,
  )
  expect(manifestFaults(folder)).toEqual([])
  expect(existsSync(join(folder, 'results/.r01.json.4242.tmp'))).toBe(false)
  expect(pitboard('manifest', folder, '--check').code).toBe(0)
})
