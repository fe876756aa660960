import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { checkSeason } from '../../src/data/check-season.ts'
import { formatFault } from '../../src/data/fault.ts'
import { makeSeason } from '../fixtures/build.ts'
import { pitboard } from '../fixtures/run-cli.ts'

const base = makeSeason()
const withDrivers = (...extra: ReadonlyArray<{ id: string; name: string }>) =>
  makeSeason({
    drivers: [{ id: 'riley-dickinson', name: 'Riley Dickinson' }, ...extra, ...base.drivers],
  })
const warnings = (season: ReturnType<typeof makeSeason>) =>
  checkSeason(season).warnings.map(formatFault)

test('a look-alike id splits one person in two (issue 22 #5): a warning naming both entries', () => {
  const review = checkSeason(withDrivers({ id: 'riley-dickins\u043en', name: 'Riley D.' }))
  expect(review.faults).toEqual([])
  expect(review.warnings.map(formatFault)).toEqual([
    'season.json: drivers[1].id: "riley-dickinsоn" reads as drivers[0].id "riley-dickinson" (character 14: U+043E, not U+006F): one driver in two entries has its results split in two; if these are two, ignore this',
  ])
})

test('a look-alike name splits one person in two (issue 22 #5): every family is a warning, with both paths', () => {
  const families = [
    'Riley Dickinson'.normalize('NFD').replace('i', 'i\u0301'), // an accent
    'Riley Dick\u200dinson', // zero-width joiner
    '\u202aRiley Dickinson', // a bidi embedding (refused by the schema, folded all the same)
    'Riley Dickins\u043en', // Cyrillic о
    'RILEY DICKINSON', // case
    'Riley Dickinson', // the same name
  ]
  for (const name of families) {
    const got = warnings(withDrivers({ id: 'rd', name }))
    expect(got, JSON.stringify(name)).toHaveLength(1)
    expect(got[0]).toMatch(
      /^season\.json: drivers\[1\]\.name: ".*" reads as drivers\[0\]\.name "Riley Dickinson"/,
    )
  }
  // Teams and classes too; an entry is named once even when id and name both look alike.
  const season = makeSeason({
    classes: [...base.classes, { id: 'PRO', name: 'Pro' }],
    teams: [...base.teams, { id: 't1\u200b', name: 'Team 1' }],
  })
  expect(warnings(season).map((w) => w.split(' reads as ')[0])).toEqual([
    'season.json: classes[3].id: "PRO"',
    'season.json: teams[4].id: "t1\\u200b"',
  ])
})

test('two different people stay apart, and an id used twice stays a fault, not a warning', () => {
  expect(warnings(withDrivers({ id: 'riley-dickenson', name: 'Riley Dickenson' }))).toEqual([])
  const twice = checkSeason(withDrivers({ id: 'riley-dickinson', name: 'R. Dickinson' }))
  expect(twice.isFatal).toBe(true)
  expect(twice.warnings).toEqual([])
})

const temp = mkdtempSync(join(tmpdir(), 'pitboard-look-alike-'))
afterAll(() => rmSync(temp, { recursive: true, force: true }))

test('pitboard validate shows the warning, and the season stays valid', () => {
  mkdirSync(join(temp, 'results'))
  writeFileSync(
    join(temp, 'season.json'),
    JSON.stringify(withDrivers({ id: 'riley-dickinson-2', name: 'Riley Dick\u200dinson' })),
  )
  const run = pitboard('validate', temp)
  expect(run.code).toBe(0)
  expect(run.stdout).toContain(
    'warning: season.json: drivers[1].name: "Riley Dick\\u200dinson" reads as drivers[0].name "Riley Dickinson" (character 11: U+200D, not U+0069)',
  )
  expect(run.stdout).toContain(`${temp}: valid (4 races, 0 with result files, 1 warnings)`)
})
