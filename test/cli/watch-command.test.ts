import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { spawnSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { alKamelRaceCsv } from '../../scripts/live/alkamel-csv.ts'
import { processTimingFile, type WatchOptions } from '../../src/cli/process-timing-file.ts'
import { readManifest } from '../../src/cli/season-manifest.ts'
import { timingFileKind } from '../../src/cli/timing-file-status.ts'
import { newScanState, scanOnce, watchTimingFolder } from '../../src/cli/watch-command.ts'
import type { RaceResults, Season } from '../../src/engine/types.ts'
import { makeSeason, order, results } from '../fixtures/build.ts'
import { PITBOARD, pitboard } from '../fixtures/run-cli.ts'

const temp = mkdtempSync(join(tmpdir(), 'pitboard-watch-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

const season: Season = makeSeason()
const seasonFolder = join(temp, 'season')
mkdirSync(join(seasonFolder, 'results'), { recursive: true })
writeFileSync(join(seasonFolder, 'season.json'), JSON.stringify(season))
writeFileSync(
  join(seasonFolder, 'results/r01.json'),
  JSON.stringify(results('r01', order(['1', '2', '3', '4']))),
)

const NOW = new Date('2024-03-02T14:05:09.250Z')
const LINE = /^\d\d:\d\d:\d\d {2}/

function timingFolder(name: string): string {
  const folder = join(temp, name)
  mkdirSync(folder)
  return folder
}

function setup(race: string, folder: string) {
  const log: Array<string> = []
  const options: WatchOptions = {
    folder,
    season: seasonFolder,
    race,
    qualifying: null,
    minLapsShare: 0.7,
    statuses: [],
    now: () => NOW,
    settleMs: 0,
  }
  const state = newScanState()
  return {
    log,
    /** Two looks, as the watch loop takes them: a file counts once it holds still. */
    scan: async () => {
      await scanOnce(options, state, (line) => log.push(line))
      return scanOnce(options, state, (line) => log.push(line))
    },
    look: () => scanOnce(options, state, (line) => log.push(line)),
    written: () =>
      JSON.parse(readFileSync(join(seasonFolder, `results/${race}.json`), 'utf8')) as RaceResults,
    version: () => readManifest(seasonFolder)?.files[`results/${race}.json`]?.version,
  }
}

const csv = (race: string, cars: ReadonlyArray<string>, status: RaceResults['status']) =>
  alKamelRaceCsv(results(race, order(cars), status), season)

test('the status comes from whole words of the file name; anything else is skipped', () => {
  const cases: Array<[string, string]> = [
    ['03_Results_Race 1_Official.CSV', 'official'],
    ['R11_Race_Unofficial.CSV', 'provisional'],
    ['Race_PROVISIONAL.csv', 'provisional'],
    ['Race-Preliminary.csv', 'provisional'],
    ['R11_Race_Live_03.CSV', 'live'],
    ['Running order 12.csv', 'live'],
    ['Officially.csv', 'skipped: the name says no status'],
    ['R11_Race.CSV', 'skipped: the name says no status'],
    ['Race_Live_Official.CSV', 'skipped: the name says both official and live'],
    ['03_Results_Qualifying_Official.CSV', 'skipped: a qualifying sheet'],
    ['Practice 1_Official.csv', 'skipped: a practice sheet'],
  ]
  for (const [name, expected] of cases) {
    const kind = timingFileKind(name)
    const said = kind.kind === 'race' ? kind.status : `skipped: ${kind.reason}`
    expect(said, name).toContain(expected)
  }
})

describe('a race weekend in a timing folder', () => {
  const folder = timingFolder('timing-r02')
  const race = setup('r02', folder)

  test('a running order becomes a live result file, then the manifest lists it', async () => {
    writeFileSync(join(folder, 'R02_Race_Live_01.CSV'), csv('r02', ['1', '2', '3'], 'live'))
    expect(await race.look()).toEqual([])
    expect(existsSync(join(seasonFolder, 'results/r02.json'))).toBe(false)
    await race.look()
    const written = race.written()
    expect([written.status, written.updatedAt, written.rows.map((r) => r.car)]).toEqual([
      'live',
      '2024-03-02T14:05:09Z',
      ['1', '2', '3'],
    ])
    expect(written.source).toEqual({ kind: 'imported', note: 'Imported from R02_Race_Live_01.CSV' })
    expect(race.version()).toBeDefined()
    expect(race.log).toHaveLength(1)
    expect(race.log[0]).toMatch(LINE)
    expect(race.log[0]?.slice(10)).toBe(
      'R02_Race_Live_01.CSV  live  results/r02.json: first result, 3 cars',
    )
  })

  test('the next running order replaces it and bumps the manifest; an unchanged file is not written', async () => {
    const before = race.version()
    writeFileSync(join(folder, 'R02_Race_Live_02.CSV'), csv('r02', ['3', '1', '2'], 'live'))
    await race.scan()
    expect(race.written().rows.map((r) => r.car)).toEqual(['3', '1', '2'])
    expect(race.version()).not.toBe(before)
    expect(race.log.at(-1)?.slice(10)).toMatch(
      /^R02_Race_Live_02\.CSV {2}live {2}results\/r02\.json: car 3 3rd → 1st; 2 cars one place up or down; Pro: /,
    )
    const version = race.version()
    writeFileSync(join(folder, 'R02_Race_Live_03.CSV'), csv('r02', ['3', '1', '2'], 'live'))
    await race.scan()
    expect(race.log.at(-1)?.slice(10)).toBe('R02_Race_Live_03.CSV  live  unchanged')
    expect(race.version()).toBe(version)
  })

  test('provisional at the flag, then official with the notes beside the file', async () => {
    writeFileSync(join(folder, 'R02_Race_Provisional.CSV'), csv('r02', ['3', '2', '1'], 'live'))
    await race.scan()
    expect(race.written().status).toBe('provisional')
    expect(race.log.at(-1)?.slice(10)).toMatch(
      /^R02_Race_Provisional\.CSV {2}provisional {2}results\/r02\.json: live → provisional; /,
    )
    writeFileSync(join(folder, 'R02_Race_Official.txt'), 'Car 2: 5-second penalty\n\n')
    writeFileSync(join(folder, 'R02_Race_Official.CSV'), csv('r02', ['3', '1', '2'], 'live'))
    await race.scan()
    const official = race.written()
    expect([official.status, official.notes]).toEqual(['official', ['Car 2: 5-second penalty']])
    expect(race.log.at(-1)?.slice(10)).toMatch(
      /^R02_Race_Official\.CSV {2}official {2}results\/r02\.json: provisional → official; .*notes: Car 2: 5-second penalty$/,
    )
  })

  test('a provisional or live file after the official result is refused and logged once', async () => {
    const text = readFileSync(join(seasonFolder, 'results/r02.json'), 'utf8')
    const version = race.version()
    writeFileSync(join(folder, 'R02_Race_Provisional_2.CSV'), csv('r02', ['1', '2', '3'], 'live'))
    await race.scan()
    await race.scan()
    expect(race.log.at(-1)?.slice(10)).toBe(
      'R02_Race_Provisional_2.CSV  provisional  refused: results/r02.json is official; a provisional file never replaces it',
    )
    expect(race.log.filter((line) => line.includes('Provisional_2'))).toHaveLength(1)
    expect(readFileSync(join(seasonFolder, 'results/r02.json'), 'utf8')).toBe(text)
    expect(race.version()).toBe(version)
  })

  test('watchTimingFolder looks until it is stopped', async () => {
    const log: Array<string> = []
    const stop = new AbortController()
    const watching = watchTimingFolder(
      {
        folder,
        season: seasonFolder,
        race: 'r02',
        qualifying: null,
        minLapsShare: 0.7,
        statuses: [],
        pollMs: 20,
        settleMs: 0,
        onOutcome: () => stop.abort(),
      },
      (line) => log.push(line),
      stop.signal,
    )
    await watching
    expect(log[0]).toMatch(/ {2}watching .*timing-r02 for race r02 \(.*results\/r02\.json\)$/)
    expect(log.at(-1)).toMatch(/ {2}stopped watching /)
  })
})

describe('files that are not ready', () => {
  const folder = timingFolder('timing-r03')
  const race = setup('r03', folder)
  const full = csv('r03', ['1', '2', '3', '4'], 'live')

  test('a file still being written is used only once its size and time hold still', async () => {
    const path = join(folder, 'R03_Race_Live_01.CSV')
    writeFileSync(path, full.slice(0, full.length - 40))
    await race.look()
    writeFileSync(path, full)
    await race.look()
    expect(existsSync(join(seasonFolder, 'results/r03.json'))).toBe(false)
    await race.look()
    expect(race.written().rows).toHaveLength(4)
  })

  test('a file with faults is logged once with them, written never, and tried again when it changes', async () => {
    const path = join(folder, 'R03_Race_Live_02.CSV')
    const lines = csv('r03', ['4', '3', '2', '1'], 'live').split('\r\n')
    writeFileSync(path, [...lines.slice(0, 3), `${lines[3]?.slice(0, 20)}`].join('\r\n'))
    const before = readFileSync(join(seasonFolder, 'results/r03.json'), 'utf8')
    await race.scan()
    await race.scan()
    const logged = race.log.slice(1)
    expect(logged[0]?.slice(10)).toBe(
      'R03_Race_Live_02.CSV  live  not used, 1 fault (tried again when the file changes):',
    )
    expect(logged.slice(1)).toEqual([
      '  error: R03_Race_Live_02.CSV line 4, column CLASS: the class is empty',
    ])
    expect(readFileSync(join(seasonFolder, 'results/r03.json'), 'utf8')).toBe(before)
    writeFileSync(path, lines.join('\r\n'))
    await race.scan()
    expect(race.written().rows.map((r) => r.car)).toEqual(['4', '3', '2', '1'])
  })

  test('a name with no status is skipped once, saying which words count', async () => {
    writeFileSync(join(folder, 'R03_Race.CSV'), full)
    await race.scan()
    await race.scan()
    expect(race.log.filter((line) => line.includes('R03_Race.CSV'))).toEqual([
      expect.stringMatching(
        /R03_Race\.CSV {2}- {2}skipped: the name says no status: expected Official, Provisional \(or Unofficial, Preliminary\) or Live \(or Running\)$/,
      ),
    ])
  })
})

test(
  'pitboard watch --once: the newest file of the highest status counts; exit 1 when refused',
  { timeout: 30_000 },
  () => {
    const folder = timingFolder('timing-r04')
    const at = (name: string, text: string, seconds: number) => {
      writeFileSync(join(folder, name), text)
      utimesSync(join(folder, name), seconds, seconds)
    }
    at('R04_Race_Live_01.CSV', csv('r04', ['1', '2'], 'live'), 1000)
    at('R04_Race_Provisional.CSV', csv('r04', ['2', '1'], 'live'), 2000)
    at('R04_Race_Live_02.CSV', csv('r04', ['1', '2'], 'live'), 3000)
    at('R04_Race_Provisional_2.CSV', csv('r04', ['2', '1', '3'], 'live'), 2500)
    const watch = () =>
      pitboard('watch', folder, '--season', seasonFolder, '--race', 'r04', '--once')
    const run = watch()
    expect([run.code, run.stderr]).toEqual([0, ''])
    expect(run.stdout).toMatch(
      /^\d\d:\d\d:\d\d {2}R04_Race_Provisional_2\.CSV {2}provisional {2}results\/r04\.json: first result, 3 cars\n$/,
    )
    const written = JSON.parse(
      readFileSync(join(seasonFolder, 'results/r04.json'), 'utf8'),
    ) as RaceResults
    expect([written.status, written.rows.map((r) => r.car)]).toEqual([
      'provisional',
      ['2', '1', '3'],
    ])

    writeFileSync(
      join(seasonFolder, 'results/r04.json'),
      JSON.stringify({ ...written, status: 'official' }),
    )
    const refused = watch()
    expect(refused.code).toBe(1)
    expect(refused.stdout).toContain(
      'refused: results/r04.json is official; a provisional file never replaces it',
    )
    expect(
      pitboard('watch', join(temp, 'nope'), '--season', seasonFolder, '--race', 'r04'),
    ).toMatchObject({
      code: 2,
      stderr: `pitboard: no such folder: ${join(temp, 'nope')} (give the folder the timing files arrive in)\n`,
    })
  },
)

test(
  "bug: files of one status and one time were picked by the host's language — a Lithuanian machine took another file",
  { timeout: 30_000 },
  () => {
    const folder = timingFolder('timing-lt')
    const own = join(temp, 'season-lt')
    mkdirSync(join(own, 'results'), { recursive: true })
    writeFileSync(join(own, 'season.json'), JSON.stringify(season))
    // Lithuanian orders "y" before "j"; code points, on every machine, "j" before "y".
    for (const [name, cars] of [
      ['R01_Race_Provisional_y.CSV', ['1', '2']],
      ['R01_Race_Provisional_j.CSV', ['2', '1']],
    ] as const) {
      writeFileSync(join(folder, name), csv('r01', cars, 'live'))
      utimesSync(join(folder, name), 4000, 4000)
    }
    const [node, ...rest] = PITBOARD
    const run = spawnSync(
      node,
      [...rest, 'watch', folder, '--season', own, '--race', 'r01', '--once'],
      { encoding: 'utf8', env: { ...process.env, LANG: 'lt_LT.UTF-8', LC_ALL: 'lt_LT.UTF-8' } },
    )
    expect([run.status, run.stderr]).toEqual([0, ''])
    expect(run.stdout).toContain('R01_Race_Provisional_y.CSV  provisional')
    const written = JSON.parse(readFileSync(join(own, 'results/r01.json'), 'utf8')) as RaceResults
    expect(written.rows.map((r) => r.car)).toEqual(['1', '2'])
    expect(['j', 'y'].toSorted((a, b) => a.localeCompare(b, 'lt'))).toEqual(['y', 'j'])
  },
)

describe('watch, hardened as import is', () => {
  test('bug: watch read timing files as UTF-8 only — a UTF-16 export (by its BOM) is read as import reads it', async () => {
    const folder = timingFolder('timing-r03-utf16')
    const race = setup('r03', folder)
    const text = csv('r03', ['2', '1', '3'], 'official')
    writeFileSync(
      join(folder, 'R03_Race_Official.CSV'),
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(text.replace(/^\ufeff/, ''), 'utf16le'),
      ]),
    )
    await race.scan()
    expect(race.written().rows.map((r) => r.car)).toEqual(['2', '1', '3'])
  })

  test('bug: watch wrote through a symbolic link out of the season folder — refused and logged, nothing written outside', async () => {
    const outside = join(temp, 'outside')
    mkdirSync(outside)
    const linked = join(temp, 'linked-season')
    mkdirSync(linked)
    writeFileSync(join(linked, 'season.json'), JSON.stringify(season))
    symlinkSync(outside, join(linked, 'results'))
    const folder = timingFolder('timing-r04-link')
    writeFileSync(join(folder, 'R04_Race_Official.CSV'), csv('r04', ['1', '2'], 'official'))
    const outcome = await processTimingFile(
      {
        folder,
        season: linked,
        race: 'r04',
        qualifying: null,
        minLapsShare: 0.7,
        statuses: [],
        now: () => NOW,
      },
      'R04_Race_Official.CSV',
      'official',
      NOW,
    )
    expect(outcome).toMatchObject({
      kind: 'faulty',
      faults: [expect.stringContaining('leads outside')],
    })
    expect(readdirSync(outside)).toEqual([])
  })
})

describe('Al Kamel JSON in the timing folder', () => {
  /** A session file in the shape of the real ones (data-src/alkamel/…): only the fields read. */
  const sessionJson = (mark: string, message: string, cars: ReadonlyArray<string>) =>
    `\uFEFF${JSON.stringify({
      session: {
        session_name: 'Race 1',
        session_type: 'Race',
        report_mark: mark,
        report_message: message,
      },
      classification: cars.map((car, i) => ({
        status: 'Classified',
        position: i + 1,
        number: car,
        laps: '20',
        elapsed_time: '40:00.000',
        fastest_lap_time: `1:3${i}.000`,
        team: 'Team 1',
        class: 'Pro',
        drivers: [{ firstname: 'Driver', surname: car.padStart(2, '0'), country: 'USA' }],
      })),
    })}`

  test("an official JSON session is written with its report_mark and the stewards' decisions as notes, then the notes file", async () => {
    const folder = timingFolder('timing-json-r03')
    const race = setup('r03', folder)
    writeFileSync(join(folder, 'R03_Race_Official.txt'), 'Checked by the series\n')
    writeFileSync(
      join(folder, 'R03_Race_Official.json'),
      sessionJson('Official', 'Car #2 - 5 second penalty\r\nCar #3 - Warning\r\n', ['1', '2', '3']),
    )
    await race.scan()
    const written = race.written()
    expect([written.status, written.rows.map((r) => r.car), written.notes]).toEqual([
      'official',
      ['1', '2', '3'],
      ['Car #2 - 5 second penalty', 'Car #3 - Warning', 'Checked by the series'],
    ])
  })

  test('a JSON file whose name says Official while its report_mark says Provisional is logged with both, never written', async () => {
    const folder = timingFolder('timing-json-r04')
    const race = setup('r04', folder)
    const target = join(seasonFolder, 'results/r04.json')
    const before = existsSync(target) ? readFileSync(target, 'utf8') : null
    writeFileSync(
      join(folder, 'R04_Race_Official.json'),
      sessionJson('Provisional', '', ['1', '2']),
    )
    await race.scan()
    expect(existsSync(target) ? readFileSync(target, 'utf8') : null).toBe(before)
    expect(race.log.join('\n')).toContain(
      "session.report_mark says Provisional, but the file's name says official",
    )
  })
})
