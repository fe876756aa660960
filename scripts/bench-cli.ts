/**
 * The command-line tool end to end (docs/performance.md#command-line-tool): each figure is the
 * best of three runs of a fresh `node` process over a season folder on disk, side by side with a
 * process that only reads and `JSON.parse`s the same files (the floor). The tool is bundled first
 * (esbuild, as a published tool would be), so tsx's start-up is not measured.
 *
 * Goals (issue 10): 500,000 rows, `standings --format table` ≤ 2.5× the floor and `--format json`
 * ≤ 4×; 200 races × 80 cars per class with 4 races left, standings with scenarios ≤ 1.3×
 * `validate` (the JSON: the table shows no scenarios and computes none).
 *
 * `BENCH_BASE=<commit>` also bundles the tool as it was at that commit (a git worktree) and times
 * it in the same run, side by side (issue 26: old and new builds in one run).
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { baseCheckout } from './bench/base-checkout.ts'
import { bundleForNode } from './bench/bundle-for-node.ts'
import { generate, type Size } from './bench/generate-season.ts'

const CASES: ReadonlyArray<Size> = [
  { label: '2,000 races × 250 cars (500,000 rows)', races: 2000, cars: 250, runs: 3 },
  {
    label: '200 races × 240 cars (80 per class), 4 races left',
    races: 200,
    cars: 240,
    runs: 3,
    evenClasses: true,
    withResults: 196,
  },
]

const out = mkdtempSync(join(tmpdir(), 'pitboard-cli-'))

/** The tool bundled from `root` (a checkout) into `outfile`. */
function bundle(root: string, outfile: string): Promise<string> {
  return bundleForNode(join(root, 'src/cli/pitboard.ts'), outfile)
}
const cli = await bundle('.', join(out, 'pitboard.mjs'))
const base = baseCheckout()
const baseRev = base?.rev
const baseCli = base === null ? null : await bundle(base.root, join(out, 'pitboard-base.mjs'))
const floor = join(out, 'read-and-parse.mjs')
writeFileSync(
  floor,
  `import { readdirSync, readFileSync } from 'node:fs'
const folder = process.argv[2]
JSON.parse(readFileSync(folder + '/season.json', 'utf8'))
for (const file of readdirSync(folder + '/results')) JSON.parse(readFileSync(folder + '/results/' + file, 'utf8'))
`,
)

/** Best of `runs` wall-clock times of `node args…`, stdout to /dev/null (not a terminal). */
function best(args: ReadonlyArray<string>, runs: number): number {
  let fastest = Infinity
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint()
    const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    const ms = Number(process.hrtime.bigint() - start) / 1e6
    if (run.status !== 0)
      throw new Error(`node ${args.join(' ')}: exit ${run.status} ${run.stderr.toString()}`)
    fastest = Math.min(fastest, ms)
  }
  return fastest
}

console.log(
  `\nCommand-line tool end to end (Node ${process.version}; best of three; output to /dev/null)`,
)
for (const size of CASES) {
  const { seasonText, resultTexts } = generate(size)
  const folder = join(out, `season-${size.races}-${size.cars}`)
  mkdirSync(join(folder, 'results'), { recursive: true })
  writeFileSync(join(folder, 'season.json'), seasonText)
  resultTexts.forEach((text, i) =>
    writeFileSync(join(folder, 'results', `r${String(i + 1).padStart(4, '0')}.json`), text),
  )
  const megabytes = (seasonText.length + resultTexts.reduce((n, t) => n + t.length, 0)) / 1e6
  const parse = best([floor, folder], size.runs)
  const validate = best([cli, 'validate', folder], size.runs)
  const table = best([cli, 'standings', folder, '--format', 'table'], size.runs)
  const json = best([cli, 'standings', folder, '--format', 'json'], size.runs)
  const ratio = (ms: number, base: number) => `${(ms / base).toFixed(2)}×`
  console.log(`  ${size.label}, ${megabytes.toFixed(0)} MB`)
  console.log(`    read + JSON.parse        ${parse.toFixed(0).padStart(7)} ms`)
  console.log(
    `    validate                 ${validate.toFixed(0).padStart(7)} ms  ${ratio(validate, parse)} the floor`,
  )
  console.log(
    `    standings --format table ${table.toFixed(0).padStart(7)} ms  ${ratio(table, parse)} the floor, ${ratio(table, validate)} validate`,
  )
  console.log(
    `    standings --format json  ${json.toFixed(0).padStart(7)} ms  ${ratio(json, parse)} the floor, ${ratio(json, validate)} validate`,
  )
  if (baseCli !== null) {
    const side = (label: string, args: ReadonlyArray<string>, now: number) => {
      const before = best([baseCli ?? '', ...args], size.runs)
      console.log(
        `    ${label.padEnd(24)} ${before.toFixed(0).padStart(7)} ms at ${baseRev} (${ratio(before, parse)} the floor); now ${ratio(now, before)} of it`,
      )
    }
    side('validate', ['validate', folder], validate)
    side('standings --format table', ['standings', folder, '--format', 'table'], table)
    side('standings --format json', ['standings', folder, '--format', 'json'], json)
  }
}
base?.remove()
rmSync(out, { recursive: true, force: true })
