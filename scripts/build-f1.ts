/**
 * `npm run data:f1 [-- --year 2021] [--dry-run]`: converts the F1DB extract in data-src/f1db/
 * (CC BY 4.0) into public/data/f1/<year>/ for every season whose rules the format can say
 * (data-src/f1/rules.json), and reports, era by era, how many standings checkpoints (drivers and
 * constructors after every Grand Prix) equal F1DB's in points and in order. A season is written
 * only when every checkpoint agrees or its disagreement is a documented F1DB error
 * (data-src/f1/f1db-errata.json). The output depends on the inputs alone: a second run writes
 * the same bytes.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { writeSeasonManifest } from '../src/cli/season-manifest.ts'
import type { ReadText } from '../src/data/read-text.ts'
import { validateSeason } from '../src/data/validate-season.ts'
import { computeSeasonStandings } from '../src/engine/scoring/season-standings.ts'
import { compareWithF1db, type Checkpoint } from './f1/compare-standings.ts'
import { isErratum } from './f1/f1db-errata.ts'
import { seasonTeams } from './f1/f1-engines.ts'
import { readF1Source } from './f1/f1-source.ts'
import { writeF1Index } from './f1/write-f1-index.ts'
import { writeF1Readme } from './f1/write-f1-readme.ts'

const args = process.argv.slice(2)
const at = args.indexOf('--year')
const only = at < 0 ? null : Number(args[at + 1])
const dryRun = args.includes('--dry-run')
// --verbose: every checkpoint that differs, shipped or not (to find the next rule to add).
const verbose = args.includes('--verbose')

const { rules, engines, errata, years: all, season } = readF1Source()
const years = all.filter((y) => only === null || y === only)

interface Tally {
  checkpoints: number
  points: number
  order: number
  seasons: number
  shipped: number
}
const byEra = new Map<string, Tally>()
const shipped: Array<number> = []
const notShipped = new Map<number, ReadonlyArray<string>>()
let failed = false

for (const year of years) {
  const { source, converted } = season(year)
  // The files are read back the way the dashboard reads them: a season `validate` refuses, or
  // any race it sets aside, is never shipped.
  const texts = new Map([
    ['season.json', serialise(converted.season)],
    ...[...converted.results].map(([path, results]) => [path, serialise(results)] as const),
  ])
  const readText: ReadText = (location) => {
    const text = texts.get(location.slice(`f1/${year}/`.length))
    return Promise.resolve(text === undefined ? { kind: 'missing' } : { kind: 'text', text })
  }
  const check = await validateSeason(`f1/${year}`, readText)
  const faults = [...check.faults, ...check.warnings].map(
    (f) => `${year} ${f.file}: ${f.path}: ${f.message}`,
  )
  if (verbose || converted.unsupported.length === 0) for (const fault of faults) console.log(fault)
  if (faults.length > 0 && converted.unsupported.length === 0) failed = true
  const checkpoints =
    check.season === null
      ? []
      : compareWithF1db(
          source,
          computeSeasonStandings(check.season, check.files),
          seasonTeams(engines, year),
        )
  const era = eraLabel(year)
  const tally = byEra.get(era) ?? { checkpoints: 0, points: 0, order: 0, seasons: 0, shipped: 0 }
  tally.seasons += 1
  tally.checkpoints += checkpoints.length
  tally.points += checkpoints.filter((c) => c.points).length
  tally.order += checkpoints.filter((c) => c.points && c.order).length
  const unexplained = checkpoints.filter((c) => !(c.points && c.order) && !isErratum(errata, c))
  const ships =
    converted.unsupported.length === 0 && unexplained.length === 0 && faults.length === 0
  byEra.set(era, tally)
  if (verbose && converted.unsupported.length > 0)
    for (const c of unexplained)
      console.log(`${describe(c)}: ${c.differences.slice(0, 3).join('; ')}`)
  if (converted.unsupported.length === 0 && unexplained.length > 0) {
    failed = true
    for (const c of unexplained)
      console.log(`${describe(c)}: ${c.differences.slice(0, 3).join('; ')}`)
  }
  const folder = join('public', 'data', 'f1', String(year))
  if (!ships) {
    notShipped.set(
      year,
      converted.unsupported.length > 0
        ? converted.unsupported
        : faults.length > 0
          ? faults
          : ['standings differ from F1DB'],
    )
    // A season that can no longer be said exactly is taken down, never left stale.
    if (!dryRun && existsSync(folder)) rmSync(folder, { recursive: true })
    continue
  }
  tally.shipped += 1
  shipped.push(year)
  if (dryRun) continue
  rmSync(join(folder, 'results'), { recursive: true, force: true })
  mkdirSync(join(folder, 'results'), { recursive: true })
  for (const [path, text] of texts) writeFileSync(join(folder, path), text)
  // The manifest's time is the last race's day: the same inputs give the same bytes.
  const last = source.races.at(-1)?.date ?? `${year}-12-31`
  writeSeasonManifest(folder, new Date(`${last}T23:59:59Z`))
}

if (!dryRun && only === null) {
  writeF1Index(shipped)
  writeF1Readme(shipped, notShipped, rules, errata)
}

console.log('\n| era | seasons | shipped | checkpoints | points exact | points and order exact |')
console.log('|---|--:|--:|--:|--:|--:|')
for (const [era, t] of byEra)
  console.log(
    `| ${era} | ${t.seasons} | ${t.shipped} | ${t.checkpoints} | ${t.points} | ${t.order} |`,
  )
process.exitCode = failed ? 1 : 0

function serialise(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}

function describe(c: Checkpoint): string {
  return `${c.year} after ${c.afterRace} (${c.championship})`
}

/** The eras of data-src/f1/rules.json, as a label for the report. */
function eraLabel(year: number): string {
  const era = rules.eras.find((e) => e.from <= year && year <= e.to)
  return era === undefined
    ? String(year)
    : era.from === era.to
      ? `${era.from}`
      : `${era.from}–${era.to}`
}
