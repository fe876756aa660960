/**
 * `npm run bench`: how fast the engine computes every championship and its whole progression,
 * compared with the time it takes just to JSON.parse the same files (docs/performance.md).
 * Seasons are generated deterministically; each figure is the median of several warm runs.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { checkSchema } from '../src/data/check-schema.ts'
import { acceptResults } from '../src/data/results-fast-path.ts'
import { resultsSchema } from '../src/data/results-schema.ts'
import { seasonSchema } from '../src/data/season-schema.ts'
import { computeSeasonStandings } from '../src/engine/scoring/season-standings.ts'
import type { RaceFile, Season } from '../src/engine/types.ts'
import { generate, type Size } from './bench/generate-season.ts'
import { runAtBase } from './bench/base-checkout.ts'

const SIZES: ReadonlyArray<Size> = [
  { label: 'Carrera Cup season (16 races × 40 cars)', races: 16, cars: 40, runs: 201 },
  { label: '100 races × 100 cars', races: 100, cars: 100, runs: 21 },
  { label: '400 races × 250 cars', races: 400, cars: 250, runs: 15 },
  { label: '1,000 races × 250 cars', races: 1000, cars: 250, runs: 9 },
  { label: '2,000 races × 250 cars (500,000 rows)', races: 2000, cars: 250, runs: 7 },
]

function median(times: ReadonlyArray<number>): number {
  const sorted = times.toSorted((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

function measure(runs: number, work: () => void): number {
  work() // warm-up
  const times: Array<number> = []
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now()
    work()
    times.push(performance.now() - start)
  }
  return median(times)
}

function format(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`
}

/** Writes the season folder to disk, so "read and parse" reads real files (from the page cache). */
function writeFolder(
  seasonText: string,
  resultTexts: ReadonlyArray<string>,
): { folder: string; files: Array<string> } {
  const folder = mkdtempSync(join(tmpdir(), 'pitboard-bench-'))
  mkdirSync(join(folder, 'results'))
  writeFileSync(join(folder, 'season.json'), seasonText)
  const files = resultTexts.map((text, i) => {
    const file = join(folder, 'results', `${i}.json`)
    writeFileSync(file, text)
    return file
  })
  return { folder, files }
}

/**
 * Parse figures for one size. The texts go out of scope when it returns, and the raw JSON once
 * validated, as in the app: the engine is measured with only its own input in memory.
 */
function benchSize(size: Size) {
  const { seasonText, resultTexts } = generate(size)
  const megabytes = (seasonText.length + resultTexts.reduce((n, t) => n + t.length, 0)) / 1e6
  const disk = writeFolder(seasonText, resultTexts)
  const readAndParse = measure(size.runs, () => {
    JSON.parse(readFileSync(join(disk.folder, 'season.json'), 'utf8'))
    for (const file of disk.files) JSON.parse(readFileSync(file, 'utf8'))
  })
  rmSync(disk.folder, { recursive: true, force: true })
  let parsed: { season: unknown; results: Array<unknown> } = { season: null, results: [] }
  const parse = measure(size.runs, () => {
    parsed = {
      season: JSON.parse(seasonText),
      results: resultTexts.map((text) => JSON.parse(text) as unknown),
    }
  })
  return { megabytes, readAndParse, parse, parsed }
}

function benchEngine(size: Size, parsed: { season: unknown; results: ReadonlyArray<unknown> }) {
  let season: Season | null = null
  const files = new Map<string, RaceFile>()
  const checkSeason = () => {
    const checked = checkSchema('season.json', parsed.season, seasonSchema)
    if (!checked.ok) throw new Error('generated season is invalid')
    season = checked.value
  }
  // As the app and the CLI check results (src/data/validate-season.ts): the fast lane, then the
  // schema only for what it refuses. The generated files are all valid, so the lane takes them.
  const validate = measure(Math.min(size.runs, 3), () => {
    checkSeason()
    for (const value of parsed.results) {
      const results = acceptResults(value)
      if (results === null) throw new Error('generated results left the fast lane')
      files.set(results.race, { kind: 'results', results })
    }
  })
  // The schema alone, as every file took before the fast lane (and as a faulty file still does).
  const zod = measure(Math.min(size.runs, 3), () => {
    checkSeason()
    for (const value of parsed.results) {
      const results = checkSchema('results.json', value, resultsSchema)
      if (!results.ok) throw new Error('generated results are invalid')
    }
  })
  return { validate, zod, season, files }
}

const lines: Array<Array<string>> = [
  [
    'season',
    'rows',
    'MB',
    'parse',
    'read+parse',
    'validate',
    'zod',
    'engine',
    'engine/parse',
    'engine/(read+parse)',
    'engine µs/row',
  ],
]
for (const size of SIZES) {
  const { megabytes, readAndParse, parse, parsed } = benchSize(size)
  const { validate, zod, season, files } = benchEngine(size, parsed)
  parsed.results = []
  const valid: Season | null = season
  if (valid === null) throw new Error('no season')
  let steps = 0
  const engine = measure(size.runs, () => {
    const standings = computeSeasonStandings(valid, files)
    steps = standings.championships.reduce((n, c) => n + c.steps.length, 0)
  })
  const rows = size.races * size.cars
  lines.push([
    `${size.label} [${steps} tables]`,
    rows.toLocaleString('en'),
    megabytes.toFixed(1),
    format(parse),
    format(readAndParse),
    format(validate),
    format(zod),
    format(engine),
    `${(engine / parse).toFixed(2)}×`,
    `${(engine / readAndParse).toFixed(2)}×`,
    ((engine * 1000) / rows).toFixed(3),
  ])
}

const widths =
  lines[0]?.map((_, c) => Math.max(...lines.map((line) => (line[c] ?? '').length))) ?? []
for (const line of lines)
  console.log(
    line
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('  '),
  )
console.log(
  `\nNode ${process.version}, ${new Date().toISOString().slice(0, 10)}. Medians of warm runs; "validate" is the check the app and CLI run (fast lane, schema for what it refuses), "zod" the schema alone; neither is part of the engine figure.`,
)

runAtBase('scripts/bench.ts')
