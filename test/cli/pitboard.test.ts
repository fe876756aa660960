import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { afterAll, expect, test } from 'vitest'
import { PITBOARD, pitboard } from '../fixtures/run-cli.ts'
import { makeSeason, order, results } from '../fixtures/build.ts'

const F1_2016 = 'test/fixtures/f1/2016'
const temp = mkdtempSync(join(tmpdir(), 'pitboard-cli-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

function seasonFolder(name: string, files: Readonly<Record<string, unknown>>): string {
  const folder = join(temp, name)
  mkdirSync(join(folder, 'results'), { recursive: true })
  for (const [path, value] of Object.entries(files))
    writeFileSync(join(folder, path), typeof value === 'string' ? value : JSON.stringify(value))
  return folder
}

test('standings --format json prints the contract shape for the latest race', () => {
  const { code, stdout, stderr } = pitboard('standings', F1_2016, '--format', 'json')
  expect([code, stderr]).toEqual([0, ''])
  const document = JSON.parse(stdout) as {
    season: number
    afterRace: string
    championships: Array<{
      id: string
      name: string
      kind: string
      standings: Array<Record<string, unknown>>
    }>
  }
  expect([document.season, document.afterRace]).toEqual([2016, 'r21'])
  expect(document.championships.map((c) => [c.id, c.name, c.kind])).toEqual([
    ['drivers', 'Drivers', 'drivers'],
    ['constructors', 'Constructors', 'teams'],
  ])
  const [rosberg, hamilton] = document.championships[0]!.standings
  expect(rosberg).toMatchObject({
    position: 1,
    id: 'nico-rosberg',
    name: 'Nico Rosberg',
    points: 385,
    gapToLeader: 0,
    gapToNext: 0,
    wins: 9,
    podiums: 16,
    starts: 21,
  })
  expect(hamilton).toMatchObject({
    position: 2,
    id: 'lewis-hamilton',
    points: 380,
    gapToLeader: 5,
    gapToNext: 5,
    wins: 10,
  })
  expect(Object.keys(rosberg!)).toEqual(expect.arrayContaining(['poles', 'fastestLaps', 'races']))
  expect((rosberg!.races as Array<unknown>).length).toBe(21)
})

test('--after, --championship and --every-race select what is printed', () => {
  const after = JSON.parse(
    pitboard(
      'standings',
      F1_2016,
      '--after',
      'r05',
      '--championship',
      'constructors',
      '--format',
      'json',
    ).stdout,
  ) as {
    afterRace: string
    championships: Array<{ id: string; standings: Array<{ id: string; points: number }> }>
  }
  const expected = (
    JSON.parse(readFileSync(`${F1_2016}/expected.json`, 'utf8')) as Array<{
      teams: Array<{ id: string; points: number }>
    }>
  )[4]!
  expect(after.afterRace).toBe('r05')
  expect(after.championships.map((c) => c.id)).toEqual(['constructors'])
  expect(after.championships[0]!.standings.map((s) => [s.id, s.points])).toEqual(
    expected.teams.map((t) => [t.id, t.points]),
  )
  const every = JSON.parse(
    pitboard('standings', F1_2016, '--every-race', '--format', 'json').stdout,
  ) as Array<{ afterRace: string }>
  expect(every.map((d) => d.afterRace)).toEqual(
    Array.from({ length: 21 }, (_, i) => `r${String(i + 1).padStart(2, '0')}`),
  )
})

test('table and csv formats', () => {
  const table = pitboard('standings', F1_2016, '--after', 'r02', '--championship', 'drivers')
  expect(table.code).toBe(0)
  expect(table.stdout).toContain(
    'Formula One World Championship 2016 — standings after r02 (Grand Prix, Bahrain)',
  )
  expect(table.stdout).toMatch(/ {2}1 {2}= {4}Nico Rosberg +6 {2}Mercedes +50 /)
  expect(table.stdout).toMatch(/ {2}3 {2}\+1 {3}Daniel Ricciardo +3 {2}Red Bull +24 /)
  expect(table.stdout).toContain(
    '* Romain Grosjean: level on 18: no wins; Kimi Räikkönen 1 second place to 0',
  )
  const csv = pitboard(
    'standings',
    F1_2016,
    '--format',
    'csv',
    '--championship',
    'drivers',
  ).stdout.split('\r\n')
  expect(csv[0]).toMatch(
    /^afterRace,championship,position,previousPosition,id,name,car,team,points,/,
  )
  expect(csv[1]).toMatch(/^r21,drivers,1,1,nico-rosberg,Nico Rosberg,6,Mercedes,385,0,0,9,16,/)
})

test('validate: a valid season exits 0; faults are listed one per line and exit 1', () => {
  expect(pitboard('validate', F1_2016)).toMatchObject({
    code: 0,
    stdout: `${F1_2016}: valid (21 races, 21 with result files)\n`,
  })
  const folder = seasonFolder('faulty', {
    'season.json': makeSeason(),
    'results/r01.json': results('r01', order(['1', '2'], { '2': { class: 'pro_am' } })),
    'results/r02.json': '{"format": "pitboard-results/1",',
  })
  const { code, stdout } = pitboard('validate', folder)
  expect(code).toBe(1)
  expect(stdout.split('\n')).toEqual([
    'error: results/r01.json: rows[1].class: "pro_am" is not a class of this season (pro, pro-am, am)',
    'error: results/r02.json: not valid JSON at the end of the file: Expected double-quoted property name',
    `${folder}: 2 faults found`,
    '',
  ])
})

test('standings still prints the good races of a season with a bad file, names the bad one and exits 1', () => {
  const folder = seasonFolder('partly-bad', {
    'season.json': makeSeason(),
    'results/r01.json': results('r01', order(['1', '2'])),
    'results/r02.json': results('r02', order(['2', '1'], { '2': { driver: 'ghost' } })),
    'results/r03.json': results('r03', order(['2', '1'])),
  })
  const { code, stdout, stderr } = pitboard('standings', folder, '--championship', 'pro')
  expect(code).toBe(1)
  expect(stderr).toBe(
    'error: results/r02.json: rows[0].drivers[0]: "ghost" is not a driver of this season\n',
  )
  expect(stdout).toContain(
    '! r02 not counted: results/r02.json: rows[0].drivers[0]: "ghost" is not a driver of this season',
  )
  expect(stdout).toContain('standings after r03')
})

test(
  'usage mistakes, missing folders and unreadable files: one line on stderr, exit 2, no stack trace',
  { timeout: 60_000 },
  () => {
    const unreadable = seasonFolder('unreadable', { 'season.json': makeSeason() })
    cpSync(join(unreadable, 'season.json'), join(unreadable, 'results', 'r01.json'))
    rmSync(join(unreadable, 'results', 'r01.json'))
    mkdirSync(join(unreadable, 'results', 'r01.json'))
    const cases: Array<[ReadonlyArray<string>, string]> = [
      [
        ['standings', F1_2016, '--colour'],
        'pitboard: unknown option --colour for "standings" (options: --after, --championship, --every-race, --format)\n',
      ],
      [['standings', 'no/such/folder'], 'pitboard: no such folder: no/such/folder\n'],
      [
        ['standings', 'package.json'],
        'pitboard: not a folder: package.json (give the folder that holds season.json)\n',
      ],
      [['standings', 'src'], 'pitboard: src has no season.json: is it a season folder?\n'],
      [
        ['standings', F1_2016, '--after', 'r99'],
        `pitboard: --after: "r99" is not a race of this season (${Array.from({ length: 21 }, (_, i) => `r${String(i + 1).padStart(2, '0')}`).join(', ')})\n`,
      ],
      [
        ['standings', F1_2016, '--championship', 'pro'],
        'pitboard: unknown championship "pro" (this season has: drivers, constructors)\n',
      ],
    ]
    for (const [args, stderr] of cases)
      expect(pitboard(...args)).toEqual({ code: 2, stdout: '', stderr })
    const folder = pitboard('validate', unreadable)
    expect([folder.code, folder.stdout.split('\n')[0]]).toEqual([
      2,
      `error: results/r01.json: ${join(unreadable, 'results', 'r01.json')} is a folder, not a file`,
    ])
    expect(folder.stderr).toBe('')
    chmodSync(temp, 0o755)
  },
)

test('standings --format grid-csv: the results grid of every championship asked for', () => {
  const run = pitboard(
    'standings',
    'public/data/ccna/2023',
    '--after',
    'r04',
    '--championship',
    'pro',
    '--format',
    'grid-csv',
  )
  expect(run.code).toBe(0)
  expect(run.stdout.split('\r\n').slice(0, 2)).toEqual([
    'pro,id,name,r01,r02,r03,r04,points',
    '1,riley-dickinson,Riley Dickinson,1 P F,1 P F,1 P F,3,101',
  ])
})

test('bug: piping into head printed an EPIPE stack trace and exited 1 — a closed pipe ends quietly with 0', () => {
  // 2.3 MB of JSON into a reader that takes 100 bytes and closes the pipe.
  const run = spawnSync(
    'bash',
    [
      '-c',
      `${PITBOARD.join(' ')} standings ${F1_2016} --every-race --format json | head -c 100 >/dev/null; echo "exit \${PIPESTATUS[0]}" >&2`,
    ],
    { encoding: 'utf8' },
  )
  expect(run.stderr).toBe('exit 0\n')
})
