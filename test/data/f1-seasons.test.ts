import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { compareWithF1db } from '../../scripts/f1/compare-standings.ts'
import { isErratum } from '../../scripts/f1/f1db-errata.ts'
import { seasonTeams } from '../../scripts/f1/f1-engines.ts'
import { readF1Source } from '../../scripts/f1/f1-source.ts'
import { readFromDisk } from '../../src/data/disk-reader.ts'
import { validateSeason } from '../../src/data/validate-season.ts'
import { computeSeasonStandings } from '../../src/engine/scoring/season-standings.ts'
import { standingsAt } from '../../src/engine/scoring/standings.ts'

/**
 * Known answers for every Formula One season of the F1DB extract (data-src/f1db/, CC BY 4.0):
 * each shipped season (public/data/f1/<year>) is exactly what `npm run data:f1` makes of it,
 * and its drivers' and constructors' standings after every Grand Prix equal F1DB's in points
 * and order, except the checkpoints where F1DB contradicts its own results
 * (data-src/f1/f1db-errata.json, each with its reason). A season whose rules the format cannot
 * say yet is not shipped.
 */
const { engines, errata, years, season } = readF1Source()

test('the extract holds every season from 1950 to 2024', () => {
  expect(years.length).toBe(75)
  expect(Math.min(...years)).toBe(1950)
  expect(Math.max(...years)).toBe(2024)
})

const shipped: Array<number> = []
for (const year of years) {
  const { source, converted } = season(year)
  const folder = `public/data/f1/${year}`
  if (converted.unsupported.length > 0) {
    test(`F1 ${year} is not shipped: ${converted.unsupported.join('; ')}`, () => {
      expect(existsSync(folder)).toBe(false)
    })
    continue
  }
  shipped.push(year)
  describe(`F1 ${year}`, () => {
    test('npm run data:f1 makes exactly the shipped files', () => {
      expect(readFileSync(join(folder, 'season.json'), 'utf8')).toBe(
        `${JSON.stringify(converted.season, null, 2)}\n`,
      )
      for (const [path, results] of converted.results)
        expect(readFileSync(join(folder, path), 'utf8'), path).toBe(
          `${JSON.stringify(results, null, 2)}\n`,
        )
      expect(readdirSync(join(folder, 'results')).length).toBe(converted.results.size)
    })

    test('after every Grand Prix: drivers and constructors equal F1DB, errata aside', async () => {
      const check = await validateSeason(folder, readFromDisk)
      expect(check.faults).toEqual([])
      expect(check.warnings).toEqual([])
      const checkpoints = compareWithF1db(
        source,
        computeSeasonStandings(check.season!, check.files),
        seasonTeams(engines, year),
      )
      expect(checkpoints.length).toBe(
        source.races.length * (source.races.some((r) => r.constructorStandings.length > 0) ? 2 : 1),
      )
      // Every disagreement is a listed erratum, and every erratum is still a disagreement.
      const disagreements = checkpoints
        .filter((c) => !(c.points && c.order))
        .map((c) => `${c.afterRace} ${c.championship}: ${c.differences.join('; ')}`)
      const listed = errata
        .filter((e) => e.year === year)
        .map((e) => `${e.afterRace} ${e.championship}`)
      expect(disagreements.map((d) => d.split(':')[0])).toEqual(listed)
      // An erratum of order leaves every point equal; one of points says so.
      for (const e of errata.filter((e) => e.year === year && e.differs !== 'points'))
        expect(checkpoints.find((c) => isErratum([e], c))?.points).toBe(true)
    })
  })
}

test('the site lists every shipped season, newest first, and nothing else', () => {
  const index = JSON.parse(readFileSync('public/data/index.json', 'utf8')) as {
    series: Array<{ id: string; seasons: Array<{ season: number; path: string }> }>
  }
  const f1 = index.series.find((s) => s.id === 'f1')
  expect(f1?.seasons.map((s) => s.season)).toEqual(shipped.toSorted((a, b) => b - a))
  expect(shipped.length).toBe(75)
})

test('champions fans know, from the shipped files: 2021 Verstappen 395.5 to Hamilton 387.5 (half points at Spa, sprints); 2008 Hamilton by one point', async () => {
  const final = async (year: number) => {
    const check = await validateSeason(`public/data/f1/${year}`, readFromDisk)
    const standings = computeSeasonStandings(check.season!, check.files)
    const drivers = standings.championships.find((c) => c.championship.id === 'drivers')!
    return standingsAt(drivers, standings.scored.length - 1)
      .slice(0, 2)
      .map((row) => [row.id, row.points])
  }
  expect(await final(2021)).toEqual([
    ['max-verstappen', 395.5],
    ['lewis-hamilton', 387.5],
  ])
  expect(await final(2008)).toEqual([
    ['lewis-hamilton', 98],
    ['felipe-massa', 97],
  ])
  // Best 11 of 16 counted: Senna champion on 90 of 94, Prost 87 of 105.
  expect(await final(1988)).toEqual([
    ['ayrton-senna', 90],
    ['alain-prost', 87],
  ])
  expect(await final(1994)).toEqual([
    ['michael-schumacher', 92],
    ['damon-hill', 91],
  ])
  // Best 4 of 7 (1950); shared cars and 1/7 fastest laps (1954: Fangio counted 42 of 57 1/7,
  // González 25 1/7); Hawthorn by one point (1958); a split season (1976: Hunt 69, Lauda 68).
  expect(await final(1950)).toEqual([
    ['nino-farina', 30],
    ['juan-manuel-fangio', 27],
  ])
  expect(await final(1954)).toEqual([
    ['juan-manuel-fangio', 42],
    ['jose-froilan-gonzalez', 25.142857],
  ])
  expect(await final(1958)).toEqual([
    ['mike-hawthorn', 42],
    ['stirling-moss', 41],
  ])
  expect(await final(1976)).toEqual([
    ['james-hunt', 69],
    ['niki-lauda', 68],
  ])
  // Schumacher excluded after Jerez: out of the final table, his results standing.
  expect(await final(1997)).toEqual([
    ['jacques-villeneuve', 81],
    ['heinz-harald-frentzen', 42],
  ])
})

test('before 2000 countback stops at the scoring places: after Canada 1996 Verstappen and Diniz share 15th on 1 point', async () => {
  const check = await validateSeason('public/data/f1/1996', readFromDisk)
  const standings = computeSeasonStandings(check.season!, check.files)
  const drivers = standings.championships.find((c) => c.championship.id === 'drivers')!
  const rows = standingsAt(drivers, 7).filter((row) => row.points === 1)
  expect(rows.map((row) => [row.id, row.position])).toEqual([
    ['jos-verstappen', 15],
    ['pedro-diniz', 15],
  ])
  expect(rows[1]?.tieBreak).toEqual({ kind: 'level', points: 1, upTo: 6 })
})

test('a chassis with two engine makes is two constructors: 1982 Brabham-BMW 7th on 22, Brabham-Ford 9th on 19', async () => {
  const check = await validateSeason('public/data/f1/1982', readFromDisk)
  const standings = computeSeasonStandings(check.season!, check.files)
  const teams = standings.championships.find((c) => c.championship.id === 'constructors')!
  const rows = standingsAt(teams, standings.scored.length - 1)
  expect(
    rows.filter((row) => row.id.startsWith('brabham')).map((r) => [r.name, r.position, r.points]),
  ).toEqual([
    ['Brabham-BMW', 7, 22],
    ['Brabham-Ford', 9, 19],
  ])
})

test('a place vacated after the race stays empty: 1983 Brazil, Rosberg disqualified from second, Lauda keeps third', () => {
  const results = JSON.parse(readFileSync('public/data/f1/1983/results/r01.json', 'utf8')) as {
    vacant?: Array<number>
    rows: Array<{ drivers: Array<string>; position?: number }>
  }
  expect(results.vacant).toEqual([2])
  expect(results.rows.find((r) => r.drivers[0] === 'niki-lauda')?.position).toBe(3)
})
