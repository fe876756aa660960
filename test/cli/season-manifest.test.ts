import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeEach, expect, test } from 'vitest'
import { readManifest, writeSeasonManifest } from '../../src/cli/season-manifest.ts'
import { runValidate } from '../../src/cli/validate-command.ts'
import { makeSeason, order, results, rounds } from '../fixtures/build.ts'

/**
 * The manifest viewers poll (docs/data-format.md#the-manifest) after a result file goes away: its
 * entry goes too, and `pitboard validate` finds the folder clean. A manifest that kept the entry
 * would send every viewer after a file that is not there.
 */
const root = mkdtempSync(join(tmpdir(), 'pitboard-manifest-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
let folder: string

const writeJson = (path: string, value: unknown) =>
  writeFileSync(join(folder, path), `${JSON.stringify(value, null, 2)}\n`)

beforeEach(() => {
  folder = mkdtempSync(join(root, 'season-'))
  mkdirSync(join(folder, 'results'))
  writeJson('season.json', makeSeason())
  for (const race of ['r01', 'r02'])
    writeJson(`results/${race}.json`, results(race, order(['1', '2', '3'])))
  writeSeasonManifest(folder, new Date('2024-03-02T18:00:00Z'))
})

const listed = () => Object.keys(readManifest(folder)?.files ?? {}).sort()
async function validate() {
  const lines: Array<string> = []
  const code = await runValidate(folder, (line) => lines.push(line))
  return { code, lines }
}

test('the manifest lists season.json and every result file there is', async () => {
  expect(listed()).toEqual(['results/r01.json', 'results/r02.json', 'season.json'])
  expect(await validate()).toEqual({
    code: 0,
    lines: [`${folder}: valid (4 races, 2 with result files)`],
  })
})

test('a result file deleted while its race stays on the calendar: its entry is dropped, validate is clean', async () => {
  rmSync(join(folder, 'results/r02.json'))
  expect(writeSeasonManifest(folder)).toEqual(['results/r02.json'])
  expect(listed()).toEqual(['results/r01.json', 'season.json'])
  expect(await validate()).toEqual({
    code: 0,
    lines: [`${folder}: valid (4 races, 1 with result files)`],
  })
})

test('a race taken off the calendar: its entry is dropped even while its old file is still on disk', async () => {
  writeJson('season.json', makeSeason({ rounds: rounds(4).filter((r) => r.round !== 2) }))
  expect([...writeSeasonManifest(folder)].sort()).toEqual(['results/r02.json', 'season.json'])
  expect(listed()).toEqual(['results/r01.json', 'season.json'])
  expect((await validate()).code).toBe(0)
})

test('nothing removed or changed: the manifest is kept byte for byte', () => {
  const before = readFileSync(join(folder, 'manifest.json'), 'utf8')
  expect(writeSeasonManifest(folder, new Date('2024-03-03T09:00:00Z'))).toEqual([])
  expect(readFileSync(join(folder, 'manifest.json'), 'utf8')).toBe(before)
})
