/**
 * `pitboard standings --every-race` in one process (docs/performance.md#every-race): the
 * standings with their scenarios (title status, best and worst position) after every race, as
 * JSON. Goals (issue 26): F1 1967, the slowest shipped season, ≤ 200 ms; all 75 F1 seasons one
 * after another ≤ 3 s. Loading the folders is timed apart. The runner is bundled with esbuild, as
 * the published tool is (tsx would add its own cost to every closure). `BENCH_BASE=<commit>`
 * times that commit's code too, in the same run.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { z } from 'zod'
import { baseCheckout } from './bench/base-checkout.ts'
import { bundleForNode } from './bench/bundle-for-node.ts'

const runs = process.env.BENCH_RUNS ?? '5'
const out = mkdtempSync(join(tmpdir(), 'pitboard-every-race-'))
const data = join(process.cwd(), 'public', 'data', 'f1')

const TIMING = z.object({
  seasons: z.number(),
  cold: z.optional(z.number()),
  slowest: z.array(z.number()),
  totals: z.array(z.object({ walk: z.number(), load: z.number() })),
})
type Timing = z.infer<typeof TIMING>

function median(values: ReadonlyArray<number>): number {
  const sorted = values.toSorted((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

/** The runner bundled from the checkout at `root`, run once. */
async function timeAt(root: string, name: string): Promise<Timing> {
  const outfile = await bundleForNode(
    join(root, 'scripts/bench/every-race-runner.ts'),
    join(out, `${name}.mjs`),
  )
  const text = execFileSync('node', [outfile, data, runs], { encoding: 'utf8' })
  return TIMING.parse(JSON.parse(text))
}

function line(label: string, timing: Timing): string {
  const walk = median(timing.totals.map((t) => t.walk)) / 1000
  const load = median(timing.totals.map((t) => t.load)) / 1000
  return (
    `  ${label.padEnd(8)} 1967 ${timing.cold?.toFixed(0).padStart(5) ?? '    ?'} ms fresh,` +
    ` ${median(timing.slowest).toFixed(0).padStart(4)} ms warm` +
    `   all ${timing.seasons} seasons ${walk.toFixed(2).padStart(5)} s` +
    `   (loading the folders ${load.toFixed(2)} s more)`
  )
}

const now = await timeAt('.', 'now')
console.log(`--every-race, one process, medians (goals: 1967 ≤ 200 ms, all F1 ≤ 3 s)`)
console.log(line('now', now))
const base = baseCheckout()
if (base !== null) {
  // The runner is new: the older code is timed by this one.
  execFileSync('cp', ['scripts/bench/every-race-runner.ts', join(base.root, 'scripts/bench/')])
  console.log(line(base.rev, await timeAt(base.root, 'base')))
  base.remove()
}
