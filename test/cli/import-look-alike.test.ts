import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test, vi } from 'vitest'
import { imsaCsv } from '../fixtures/alkamel.ts'
import { makeSeason } from '../fixtures/build.ts'
import { pitboard } from '../fixtures/run-cli.ts'

// The command-line tool is started once: seconds on a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000 })

const temp = mkdtempSync(join(tmpdir(), 'pitboard-import-look-alike-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

test('a look-alike name splits one person in two (issue 22 #5): import --add-missing matches a zero-width joiner and a Cyrillic о to the drivers the season has', () => {
  const season = join(temp, 'season')
  mkdirSync(join(season, 'results'), { recursive: true })
  const seasonText = JSON.stringify(
    makeSeason({
      drivers: [
        { id: 'jason-hart', name: 'Jason Hart' },
        { id: 'riley-dickinson', name: 'Riley Dickinson' },
      ],
      teams: [{ id: 'mdk', name: 'MDK Motorsports' }],
    }),
  )
  writeFileSync(join(season, 'season.json'), seasonText)
  const csv = join(temp, '03_Results_Race_Official.csv')
  const car = (position: number, number: string, name: readonly [string, string]) => ({
    position,
    number,
    laps: 30,
    flTime: '1:30.1',
    team: 'MDK Motorsports',
    cls: 'Pro',
    drivers: [[...name, 'USA'] as const],
  })
  writeFileSync(
    csv,
    imsaCsv([
      car(1, '20', ['Jas\u043en', 'Hart']), // Cyrillic о
      car(2, '53', ['Riley', 'Dick\u200dinson']), // zero-width joiner
    ]),
  )
  const run = pitboard(
    'import',
    'alkamel',
    csv,
    '--season',
    season,
    '--race',
    'r01',
    '--add-missing',
  )
  expect(run.stderr).toBe('')
  expect(run.code).toBe(0)
  expect(run.stdout).not.toContain('added to season.json')
  // No twin: season.json as it was, the result names the drivers the season knows.
  expect(readFileSync(join(season, 'season.json'), 'utf8')).toBe(seasonText)
  const written = JSON.parse(readFileSync(join(season, 'results/r01.json'), 'utf8')) as {
    rows: Array<{ drivers: Array<string> }>
  }
  expect(written.rows.map((row) => row.drivers)).toEqual([['jason-hart'], ['riley-dickinson']])
  expect(pitboard('validate', season).code).toBe(0)
})
