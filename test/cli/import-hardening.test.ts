import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test, vi } from 'vitest'
import { imsaCsv, type CarLine } from '../fixtures/alkamel.ts'
import { makeSeason } from '../fixtures/build.ts'
import { pitboard } from '../fixtures/run-cli.ts'

// Each test starts the command-line tool: seconds each on a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000 })

const temp = mkdtempSync(join(tmpdir(), 'pitboard-import-hard-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

const HART: CarLine = {
  position: 1,
  number: '20',
  laps: 30,
  flTime: '1:30.1',
  team: 'MDK Motorsports',
  cls: 'Pro',
  drivers: [['Jason', 'Hart', 'USA']],
}
const NEW: CarLine = {
  ...HART,
  position: 2,
  number: '07',
  drivers: [['Riley', 'Dickinson', 'USA']],
}

/** A season folder; `results: false` leaves out the results folder. */
function seasonFolder(name: string, options: { results?: boolean; bom?: boolean } = {}) {
  const folder = join(temp, name)
  mkdirSync(folder, { recursive: true })
  if (options.results !== false) mkdirSync(join(folder, 'results'))
  const season = makeSeason({
    drivers: [{ id: 'jason-hart', name: 'Jason Hart', nickname: 'JH' } as never],
    teams: [{ id: 'mdk', name: 'MDK Motorsports', founded: 2015 } as never],
  })
  writeFileSync(
    join(folder, 'season.json'),
    `${options.bom === true ? '\uFEFF' : ''}${JSON.stringify(season)}`,
  )
  return folder
}

function sheet(name: string, text: string | Buffer): string {
  const path = join(temp, name)
  writeFileSync(path, text)
  return path
}

const importInto = (folder: string, file: string, ...flags: ReadonlyArray<string>) =>
  pitboard('import', 'alkamel', file, '--season', folder, '--race', 'r01', ...flags)

test('bug: --add-missing with results/ missing rewrote season.json and then failed; it dropped unknown fields; a BOM made it fail — now both files land, fields kept', () => {
  const folder = seasonFolder('no-results', { results: false, bom: true })
  const run = importInto(
    folder,
    sheet('03_Results_Race_Official.csv', imsaCsv([HART, NEW])),
    '--add-missing',
  )
  expect([run.code, run.stderr]).toEqual([0, ''])
  const result = JSON.parse(readFileSync(join(folder, 'results/r01.json'), 'utf8')) as {
    status: string
  }
  // The file's name says Official: so is the result.
  expect(result.status).toBe('official')
  const season = JSON.parse(readFileSync(join(folder, 'season.json'), 'utf8')) as {
    drivers: Array<Record<string, unknown>>
    teams: Array<Record<string, unknown>>
  }
  expect(season.drivers).toEqual([
    { id: 'jason-hart', name: 'Jason Hart', nickname: 'JH' },
    { id: 'riley-dickinson', name: 'Riley Dickinson', country: 'USA' },
  ])
  expect(season.teams).toEqual([{ id: 'mdk', name: 'MDK Motorsports', founded: 2015 }])
})

test('bug: an official result was overwritten by a provisional one without a word — refused unless --force', () => {
  const folder = seasonFolder('official')
  expect(importInto(folder, sheet('Race_Official.csv', imsaCsv([HART]))).code).toBe(0)
  const provisional = sheet('Race_Provisional.csv', imsaCsv([{ ...HART, laps: 29 }]))
  const refused = importInto(folder, provisional)
  expect(refused.code).toBe(1)
  expect(refused.stderr).toContain(
    'is official; this file is provisional: rerun with --force to replace it',
  )
  expect(readFileSync(join(folder, 'results/r01.json'), 'utf8')).toContain('"official"')
  expect(importInto(folder, provisional, '--force').code).toBe(0)
  expect(readFileSync(join(folder, 'results/r01.json'), 'utf8')).toContain('"provisional"')
})

test('bug: --status 999=dsq for a car not in the file was accepted — an error naming the car', () => {
  const folder = seasonFolder('stray-status')
  const run = importInto(
    folder,
    sheet('Race_Official2.csv', imsaCsv([HART])),
    '--status',
    '999=dsq',
  )
  expect(run.code).toBe(1)
  expect(run.stderr).toContain('--status names car 999, not in')
  expect(existsSync(join(folder, 'results/r01.json'))).toBe(false)
})

test('bug: a 400-digit LAPS became "completed 20 of Infinity laps" — an error by line and column', () => {
  const folder = seasonFolder('laps')
  const text = imsaCsv([HART]).replace(';30;', `;${'9'.repeat(400)};`)
  const run = importInto(folder, sheet('Race_Official3.csv', text))
  expect(run.code).toBe(1)
  expect(run.stderr).toContain(
    `column LAPS: expected a whole number up to 999999, got "${'9'.repeat(37)}..."`,
  )
})

test('bug: Latin-1 and UTF-16 files were mangled or refused — both read, Latin-1 with a warning', () => {
  const folder = seasonFolder('encodings')
  const accented: CarLine = { ...HART, drivers: [['Sébastien', 'Buemi', 'SUI']] }
  const utf8 = imsaCsv([accented]).replace(/^\uFEFF/, '')
  const latin1 = importInto(
    folder,
    sheet('Race_Official4.csv', Buffer.from(utf8, 'latin1')),
    '--dry-run',
  )
  expect(latin1.stderr).toContain('is not UTF-8: read as Latin-1')
  expect(latin1.stderr).toContain('driver "Sébastien Buemi" (sebastien-buemi)')
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf8, 'utf16le')])
  const wide = importInto(folder, sheet('Race_Official5.csv', utf16), '--dry-run')
  expect(wide.stderr).toContain('driver "Sébastien Buemi" (sebastien-buemi)')
})

test('bug: a symlinked results folder was written through, outside the season folder — refused', () => {
  const folder = seasonFolder('linked', { results: false })
  const elsewhere = join(temp, 'elsewhere')
  mkdirSync(elsewhere)
  symlinkSync(elsewhere, join(folder, 'results'))
  const run = importInto(folder, sheet('Race_Official6.csv', imsaCsv([HART])))
  expect(run.code).toBe(2)
  expect(run.stderr).toContain('leads outside')
  expect(existsSync(join(elsewhere, 'r01.json'))).toBe(false)
})
