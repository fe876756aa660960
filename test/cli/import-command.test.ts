import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test, vi } from 'vitest'
import { pitboard } from '../fixtures/run-cli.ts'
import { imsaCsv } from '../fixtures/alkamel.ts'
import { makeSeason } from '../fixtures/build.ts'

// Each test starts the command-line tool several times: seconds each on a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000 })

const temp = mkdtempSync(join(tmpdir(), 'pitboard-import-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))
const season = join(temp, 'season')
mkdirSync(join(season, 'results'), { recursive: true })
writeFileSync(
  join(season, 'season.json'),
  JSON.stringify(
    makeSeason({
      drivers: [{ id: 'jason-hart', name: 'Jason Hart' }],
      teams: [{ id: 'mdk', name: 'MDK Motorsports' }],
    }),
  ),
)
const csv = join(temp, '03_Results_Race_Official.csv')
const importRace = (...flags: ReadonlyArray<string>) =>
  pitboard('import', 'alkamel', csv, '--season', season, '--race', 'r01', ...flags)
writeFileSync(
  csv,
  imsaCsv([
    {
      position: 1,
      number: '20',
      laps: 30,
      flTime: '1:30.1',
      team: 'MDK Motorsports',
      cls: 'Pro',
      drivers: [['Jason', 'Hart', 'USA']],
    },
    {
      position: 2,
      number: '07',
      laps: 30,
      flTime: '1:30.0',
      team: 'MDK Motorsports',
      cls: 'Pro',
      drivers: [['Riley', 'Dickinson', 'USA']],
    },
  ]),
)

test('import names the people the season lacks and writes nothing until told to add them', () => {
  const run = importRace()
  expect(run.code).toBe(1)
  expect(run.stderr).toContain(
    'the season does not know: driver "Riley Dickinson" (riley-dickinson)',
  )
  expect(existsSync(join(season, 'results/r01.json'))).toBe(false)
})

test('--dry-run prints the classification it would write', () => {
  const run = importRace('--dry-run', '--add-missing')
  expect(run.code).toBe(0)
  expect(run.stdout.split('\n').slice(0, 3)).toEqual([
    '  1  #20   pro      jason-hart',
    '  2  #07   pro      riley-dickinson fastest lap',
    `dry run: would write ${join(season, 'results/r01.json')} and add 1 to season.json`,
  ])
  expect(existsSync(join(season, 'results/r01.json'))).toBe(false)
})

test('import writes a valid result file and the new driver; the standings follow', () => {
  // A season that publishes a manifest: import keeps it true (validate checks it below).
  expect(pitboard('manifest', season).code).toBe(0)
  const run = importRace('--add-missing', '--status', '20=dsq')
  expect(run.code).toBe(0)
  expect(run.stdout).toContain(`updated ${join(season, 'manifest.json')}`)
  const written = JSON.parse(readFileSync(join(season, 'results/r01.json'), 'utf8')) as {
    rows: Array<{ car: string; status: string }>
  }
  expect(written.rows.map((r) => [r.car, r.status])).toEqual([
    ['07', 'classified'],
    ['20', 'dsq'],
  ])
  expect(pitboard('validate', season).code).toBe(0)
  const standings = pitboard('standings', season, '--championship', 'pro', '--format', 'json')
  const doc = JSON.parse(standings.stdout) as {
    championships: Array<{ standings: Array<{ id: string; points: number }> }>
  }
  expect(doc.championships[0]?.standings.map((s) => [s.id, s.points])).toEqual([
    ['riley-dickinson', 26],
    ['jason-hart', 0],
  ])
})

test('usage mistakes are one line and exit 2', () => {
  expect(pitboard('import', 'alkamel', csv, '--race', 'r01')).toMatchObject({
    code: 2,
    stderr: 'pitboard: "import" needs --season <folder>\n',
  })
  expect(pitboard('import', 'alkamel', csv, '--season', season, '--race', 'r99').stderr).toBe(
    `pitboard: ${season} has no race "r99"\n`,
  )
  expect(
    pitboard('import', 'alkamel', join(temp, 'nope.csv'), '--season', season, '--race', 'r01')
      .stderr,
  ).toBe(`pitboard: cannot read ${join(temp, 'nope.csv')}\n`)
})
