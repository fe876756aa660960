import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { alKamelRaceCsv } from '../../scripts/live/alkamel-csv.ts'
import { loadSeasonFolder } from '../../src/cli/load-season.ts'
import type { WatchOptions } from '../../src/cli/process-timing-file.ts'
import { readManifest } from '../../src/cli/season-manifest.ts'
import { newScanState, scanOnce } from '../../src/cli/watch-command.ts'
import { pitboard } from '../fixtures/run-cli.ts'
import type { RaceResults } from '../../src/engine/types.ts'

/**
 * `pitboard watch` publishes only complete exports (issue 22 #1, docs/cli.md#watch): the real
 * CCNA 2023 finale (r16, 34 cars) written by a timing system a few lines at a time.
 */
const temp = mkdtempSync(join(tmpdir(), 'pitboard-complete-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

const SHIPPED = 'public/data/ccna/2023'
const r16 = JSON.parse(readFileSync(`${SHIPPED}/results/r16.json`, 'utf8')) as RaceResults

async function weekend(name: string, settleMs: number) {
  const season = join(temp, name, 'season')
  const folder = join(temp, name, 'timing')
  cpSync(SHIPPED, season, { recursive: true })
  rmSync(join(season, 'results/r16.json'))
  mkdirSync(folder)
  const check = await loadSeasonFolder(season)
  if (check.season === null) throw new Error('the shipped season has faults')
  const lines = alKamelRaceCsv(r16, check.season).split('\r\n')
  let clock = 0
  const log: Array<string> = []
  const options: WatchOptions = {
    folder,
    season,
    race: 'r16',
    qualifying: null,
    minLapsShare: 0.7,
    statuses: [],
    settleMs,
    elapsedMs: () => clock,
  }
  const state = newScanState()
  const published: Array<number> = []
  const path = join(folder, 'R16_Race_Official.CSV')
  return {
    log,
    published,
    path,
    lines,
    /** The watch loop's looks over `ms`, one every 500 ms. */
    wait: async (ms: number) => {
      for (let t = 0; t < ms; t += 500) {
        clock += 500
        for (const outcome of await scanOnce(options, state, (line) => log.push(line)))
          if (outcome.kind === 'written') published.push((readResult(season)?.rows ?? []).length)
      }
    },
    result: () => readResult(season),
    season,
  }
}

function readResult(season: string): RaceResults | null {
  try {
    return JSON.parse(readFileSync(join(season, 'results/r16.json'), 'utf8')) as RaceResults
  } catch {
    return null
  }
}

test('watch published a timing file still being written as the official result (issue 22 #1)', async () => {
  const w = await weekend('chunked', 3000)
  // Header and 5 cars at a time, a second apart: 34 cars in 7 steps.
  for (let cars = 5; cars < 34 + 5; cars += 5) {
    writeFileSync(w.path, w.lines.slice(0, 1 + Math.min(cars, 34)).join('\r\n'))
    await w.wait(1000)
  }
  await w.wait(3500)
  expect(w.published).toEqual([34])
  expect(w.result()?.status).toBe('official')
})

test('an export that stops for longer than the settle time with cars missing is held, not published (issue 22 #1)', async () => {
  const w = await weekend('paused', 1000)
  writeFileSync(w.path, w.lines.slice(0, 1 + 10).join('\r\n'))
  await w.wait(5000)
  expect(w.published).toEqual([])
  expect(w.log.filter((line) => line.includes('held'))).toEqual([
    expect.stringMatching(
      /R16_Race_Official\.CSV {2}official {2}held, not published: 10 cars where r15, the race before, had 34 \(still being written\?\); used when it has them, or rerun with --allow-fewer-cars$/,
    ),
  ])
  writeFileSync(w.path, w.lines.join('\r\n'))
  await w.wait(1500)
  expect(w.published).toEqual([34])
})

test('a corrected export copied over with the same size and time is noticed (issue 22 #1)', async () => {
  const w = await weekend('corrected', 0)
  // An export's time as `cp -p` keeps it, to the second.
  const time = new Date('2023-10-14T20:15:00Z')
  writeFileSync(w.path, w.lines.join('\r\n'))
  utimesSync(w.path, time, time)
  await w.wait(1000)
  expect(w.published).toEqual([34])
  const { size } = statSync(w.path)
  // The first two cars swapped: the same bytes in another order, then the old time put back.
  const [header = '', first = '', second = '', ...rest] = w.lines
  const swap = (line: string, position: number) => line.replace(/^\d+;/, `${position};`)
  writeFileSync(w.path, [header, swap(second, 1), swap(first, 2), ...rest].join('\r\n'))
  utimesSync(w.path, time, time)
  expect([statSync(w.path).size, statSync(w.path).mtimeMs]).toEqual([size, time.getTime()])
  await w.wait(1000)
  expect(w.published).toEqual([34, 34])
  expect(
    w
      .result()
      ?.rows.slice(0, 2)
      .map((row) => row.car),
  ).toEqual(
    r16.rows
      .slice(0, 2)
      .map((row) => row.car)
      .reverse(),
  )
  expect(readManifest(w.season)?.files['results/r16.json']).toBeDefined()
})

test('watch --once: a short export is held, said, and exits 1; --allow-fewer-cars publishes it with a warning', async () => {
  const w = await weekend('once', 3000)
  writeFileSync(w.path, w.lines.slice(0, 1 + 20).join('\r\n'))
  const folder = join(w.path, '..')
  const held = pitboard('watch', folder, '--season', w.season, '--race', 'r16', '--once')
  expect(held.code).toBe(1)
  expect(held.stdout).toMatch(
    /R16_Race_Official\.CSV {2}official {2}held, not published: 20 cars where r15, the race before, had 34/,
  )
  expect(w.result()).toBeNull()
  const allowed = pitboard(
    'watch',
    folder,
    '--season',
    w.season,
    '--race',
    'r16',
    '--once',
    '--allow-fewer-cars',
  )
  expect(allowed.code).toBe(0)
  expect(allowed.stdout).toContain(
    'warning: 20 cars where r15, the race before, had 34: published, as --allow-fewer-cars asks',
  )
  expect(w.result()?.rows).toHaveLength(20)
})
