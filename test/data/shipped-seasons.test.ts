import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { checkSchema } from '../../src/data/check-schema.ts'
import { readFromDisk } from '../../src/data/disk-reader.ts'
import { seasonIndexSchema } from '../../src/data/season-index-schema.ts'
import { validateSeason } from '../../src/data/validate-season.ts'
import { standingsAt } from '../../src/engine/scoring/standings.ts'
import { pitboard } from '../fixtures/run-cli.ts'
import { championship, shippedSeason } from '../fixtures/shipped-season.ts'

const index = checkSchema(
  'index.json',
  JSON.parse(readFileSync('public/data/index.json', 'utf8')),
  seasonIndexSchema,
)
const seasons = index.ok
  ? index.value.series.flatMap((s) => s.seasons.map((season) => ({ series: s.id, ...season })))
  : []

test('the index of shipped seasons is valid and lists the Carrera Cup, F1 and Mustang Challenge seasons', () => {
  expect(index.ok && index.warnings).toEqual([])
  // Every season of Formula One, 1950–2024, newest first (test/data/f1-seasons.test.ts).
  const f1 = Array.from({ length: 75 }, (_, i) => 2024 - i)
  expect(seasons.map((s) => s.path)).toEqual([
    'ccna/2024',
    'ccna/2023',
    ...f1.map((y) => `f1/${y}`),
    'mustang/2026',
  ])
})

/** Seasons shipped part-way: how many races have results (public/data/mustang/README.md). */
const THROUGH: Readonly<Record<string, number>> = { 'mustang/2026': 6 }

for (const season of seasons) {
  test(`pitboard validate passes for ${season.path}, with no warning`, async () => {
    const folder = `public/data/${season.path}`
    const check = await validateSeason(folder, readFromDisk)
    expect(check.faults).toEqual([])
    expect(check.warnings).toEqual([])
    expect(check.season?.season).toBe(season.season)
    const races = check.season?.rounds.flatMap((r) => r.races) ?? []
    // Every race has results, except a season shipped part-way (the Mustang Challenge 2026: 6 of 12).
    const run = THROUGH[season.path] ?? races.length
    expect([...check.files.values()].filter((f) => f.kind === 'results')).toHaveLength(run)
    // The command-line tool once per series (its newest season): the rest is the same code.
    if (seasons.find((s) => s.series === season.series) !== season) return
    const cli = pitboard('validate', folder)
    expect([cli.code, cli.stdout]).toEqual([
      0,
      `${folder}: valid (${races.length} races, ${run} with result files)\n`,
    ])
  })
}

test('reconstructed files say so, with what is confirmed and where it comes from; official ones too', async () => {
  for (const season of seasons) {
    const check = await validateSeason(`public/data/${season.path}`, readFromDisk)
    for (const file of check.files.values()) {
      if (file.kind !== 'results') continue
      if (season.source === 'reconstructed') {
        expect(file.results.source?.kind).toBe('reconstructed')
        expect(file.results.source?.note).toMatch(
          /^Reconstructed, not official\. Confirmed by the sources: .+/,
        )
        expect(file.results.source?.urls?.length).toBeGreaterThan(0)
      } else {
        expect(file.results.source?.kind ?? 'official').toBe('official')
      }
    }
  }
})

test('published: after race 8 of 2023 the table shows Dickinson 63 ahead of Sargent and 76 ahead of Martin', () => {
  const cli = pitboard('standings', 'public/data/ccna/2023', '--after', 'r08', '--format', 'table')
  expect(cli.code).toBe(0)
  const pro = cli.stdout.split('\n\n').find((block) => block.startsWith('Pro\n'))!
  // Columns: Pos, +/-, Driver, Car, Team, Pts, Gap, Next, …
  expect(pro).toMatch(/\n {2}1 {2}\S+ +Riley Dickinson +53 {2}Kellymoss +197 +- +-/)
  expect(pro).toMatch(/\n {2}2 {2}\S+ +Tom Sargent +17 {2}McElrea Racing +134 +63 +63/)
  expect(pro).toMatch(/\n {2}3 {2}\S+ +Will Martin +9 {2}JDX Racing +121 +76 +13/)
})

test('bug: F1 2016 showed 0 poles for everyone — published: Hamilton 12, Rosberg 8, Ricciardo 1', async () => {
  const standings = await shippedSeason('f1/2016')
  const drivers = championship(standings, 'drivers')
  const poles = standingsAt(drivers, drivers.steps.length - 1)
    .filter((row) => row.stats.poles > 0)
    .map((row) => [row.name, row.stats.poles])
  expect(poles).toEqual([
    ['Nico Rosberg', 8],
    ['Lewis Hamilton', 12],
    ['Daniel Ricciardo', 1],
  ])
})
