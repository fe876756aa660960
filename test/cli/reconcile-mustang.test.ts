/**
 * The shipped 2026 Mustang Challenge (public/data/mustang/README.md) against the official DH
 * sheet, through the real command-line tool: 0 differences; a planted wrong point is reported
 * with both values.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { pitboard } from '../fixtures/run-cli.ts'

const season = 'public/data/mustang/2026'
const sheet = 'data-src/alkamel/mustang-2026-mid-ohio/points-after-mid-ohio-2026-dh-drivers.json'
const scratch = mkdtempSync(join(tmpdir(), 'pitboard-mustang-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

test('published: the shipped Mustang Challenge DH standings equal the official sheet (Loftsgard 2050, Anderson 1960, Satullo 1730, Lucas 1720)', () => {
  const run = pitboard('reconcile', season, sheet)
  expect(run.stdout).toMatch(/^0 differences: the DH standings equal the official sheet/)
  expect(run.code).toBe(0)
  const table = pitboard('standings', season, '--championship', 'dh', '--format', 'json')
  const json = JSON.parse(table.stdout) as {
    championships: ReadonlyArray<{ standings: ReadonlyArray<{ name: string; points: number }> }>
  }
  const rows = json.championships[0]?.standings ?? []
  expect(rows.slice(0, 4).map((row) => [row.name, row.points])).toEqual([
    ['Cole Loftsgard', 2050],
    ['Devin Anderson', 1960],
    ['Sandy Satullo', 1730],
    ['Will Lucas', 1720],
  ])
})

test('a copy of the sheet with one planted wrong point: that difference, with both values, exit 1', () => {
  const text = readFileSync(sheet, 'utf8').replace(/^\uFEFF/, '')
  const json = JSON.parse(text) as {
    classification: Array<{ key: string; points_by_session: Array<Record<string, unknown>> }>
  }
  // Anderson's round-2 race points: 300 on the sheet, 301 in the copy.
  const round2 = json.classification.find((e) => e.key === 'Devin Anderson')?.points_by_session[1]
  if (round2 === undefined) throw new Error('no Anderson on the sheet')
  round2.race_points = 301
  round2.total_points = 301
  const planted = join(scratch, 'planted.json')
  writeFileSync(planted, JSON.stringify(json))
  const run = pitboard('reconcile', season, planted)
  expect(run.stdout).toContain('Devin Anderson, round 2')
  expect(run.stdout).toContain('race points ours 300, official 301')
  expect(run.code).toBe(1)
})

test('the shipped season validates clean', () => {
  const run = pitboard('validate', season)
  expect(run.stdout).toContain('valid (12 races, 6 with result files)')
  expect(run.code).toBe(0)
})

test('import --guest 17: the real Mid-Ohio race 2 file imported with Farley a guest reconciles with 0 differences; without it, Farley takes the 220 points of 9th and Harrison the 210 of 10th', () => {
  const race2 = 'data-src/alkamel/mustang-2026-mid-ohio/mid-ohio-2026-race-2.json'
  const qualifying = 'data-src/alkamel/mustang-2026-mid-ohio/mid-ohio-2026-qualifying.json'
  const run = (folder: string, ...flags: ReadonlyArray<string>) => {
    cpSync(season, folder, { recursive: true })
    const imported = pitboard(
      'import',
      'alkamel',
      race2,
      '--season',
      folder,
      '--race',
      'r06',
      '--qualifying',
      qualifying,
      ...flags,
    )
    expect(imported.code, imported.stderr).toBe(0)
    return pitboard('reconcile', folder, sheet)
  }
  const withGuest = run(join(scratch, 'with-guest'), '--guest', '17')
  expect(withGuest.stdout).toMatch(/^0 differences/)
  const written = JSON.parse(
    readFileSync(join(scratch, 'with-guest/results/r06.json'), 'utf8'),
  ) as { rows: ReadonlyArray<{ car: string; guest?: boolean }> }
  expect(written.rows.find((row) => row.car === '17')).toMatchObject({ guest: true })
  const without = run(join(scratch, 'without-guest'))
  expect(without.code).toBe(1)
  expect(without.stdout).toContain(
    'Colin Harrison, round 6, Mid-Ohio: race points ours 210, official 220',
  )
  expect(without.stdout).toContain(
    'Jim Farley, round 6, Mid-Ohio: race points ours 220, official 0',
  )
  // A guest the file does not have is a typo, never a no-op.
  const stray = pitboard(
    'import',
    'alkamel',
    race2,
    '--season',
    join(scratch, 'with-guest'),
    '--race',
    'r06',
    '--guest',
    '99',
    '--dry-run',
  )
  expect(stray.code).toBe(1)
  expect(stray.stderr).toContain(
    'mid-ohio-2026-race-2.json: no car 99 in the file to mark as a guest (--guest)',
  )
})
