/**
 * The adversarial suite at full size (docs/hardening.md): every door of test/fixtures/doors/
 * judged on many fresh inputs, tallied into the figures table of issue 13 — inputs tried,
 * crashes, unlocated messages, silent wrong results, data lost. `npm test` runs the same doors
 * on a fixed seed and fewer inputs; scripts executed are counted in the browser
 * (test/e2e/faults.e2e.test.ts). `ADVERSARIAL_RUNS=n` sets the inputs per door (default 2,000;
 * the on-disk import door runs a tenth of that), `ADVERSARIAL_SEED` the seed.
 */
import fc from 'fast-check'
import { addressesDoor } from '../test/fixtures/doors/addresses.ts'
import { chunkedExportsDoor } from '../test/fixtures/doors/chunked-exports.ts'
import { cliImportDoor } from '../test/fixtures/doors/cli-import.ts'
import { keptImportsDoor } from '../test/fixtures/doors/kept-imports.ts'
import { lookAlikeIdsDoor } from '../test/fixtures/doors/look-alike-ids.ts'
import { seasonFilesDoor } from '../test/fixtures/doors/season-files.ts'
import { staleEdgesDoor } from '../test/fixtures/doors/stale-edges.ts'
import { timingFilesDoor } from '../test/fixtures/doors/timing-files.ts'
import { writeKillsDoor } from '../test/fixtures/doors/write-kills.ts'
import { isBad, type Door, type Verdict } from '../test/fixtures/hostile.ts'

const RUNS = Number(process.env.ADVERSARIAL_RUNS ?? 2_000)
const SEED = Number(process.env.ADVERSARIAL_SEED ?? Date.now() % 1_000_000)

type Tally = Record<Verdict['kind'], number>
const KINDS = [
  'accepted',
  'refused',
  'crash',
  'hang',
  'unlocated',
  'silent-wrong',
  'data-lost',
] as const
const zero = (): Tally => ({
  accepted: 0,
  refused: 0,
  crash: 0,
  hang: 0,
  unlocated: 0,
  'silent-wrong': 0,
  'data-lost': 0,
})

async function tally<T>(
  door: Door<T>,
  runs: number,
): Promise<{ tally: Tally; examples: Array<string> }> {
  const counts = zero()
  const examples: Array<string> = []
  for (const input of fc.sample(door.input, { numRuns: runs, seed: SEED })) {
    const verdict = await withinTime(door.judge(input), HANG_MS)
    counts[verdict.kind] += 1
    if (isBad(verdict) && examples.length < 3) examples.push(`${verdict.kind}: ${verdict.detail}`)
  }
  return { tally: counts, examples }
}

/** An input that gets no verdict within this long counts as a hang (and the run goes on). */
const HANG_MS = 30_000

function withinTime(verdict: Promise<Verdict>, ms: number): Promise<Verdict> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<Verdict>((resolve) => {
    timer = setTimeout(
      () => resolve({ kind: 'hang', detail: `no verdict within ${ms / 1000} s` }),
      ms,
    )
  })
  return Promise.race([verdict, late]).finally(() => clearTimeout(timer))
}

/** Each door with its inputs: the on-disk import writes a folder per input, so a tenth. */
const doors = [
  { name: seasonFilesDoor.name, runs: RUNS, run: (n: number) => tally(seasonFilesDoor, n) },
  { name: timingFilesDoor.name, runs: RUNS, run: (n: number) => tally(timingFilesDoor, n) },
  { name: addressesDoor.name, runs: RUNS, run: (n: number) => tally(addressesDoor, n) },
  { name: keptImportsDoor.name, runs: RUNS, run: (n: number) => tally(keptImportsDoor, n) },
  {
    name: cliImportDoor.name,
    runs: Math.max(1, Math.round(RUNS / 10)),
    run: (n: number) => tally(cliImportDoor, n),
  },
  // Issue 22: kills at every write, chunked exports, stale edges (on disk: a tenth, a fiftieth).
  {
    name: writeKillsDoor.name,
    runs: Math.max(1, Math.round(RUNS / 10)),
    run: (n: number) => tally(writeKillsDoor, n),
  },
  {
    name: chunkedExportsDoor.name,
    runs: Math.max(1, Math.round(RUNS / 50)),
    run: (n: number) => tally(chunkedExportsDoor, n),
  },
  { name: staleEdgesDoor.name, runs: RUNS, run: (n: number) => tally(staleEdgesDoor, n) },
  { name: lookAlikeIdsDoor.name, runs: RUNS, run: (n: number) => tally(lookAlikeIdsDoor, n) },
]

console.log(`adversarial suite, seed ${SEED}\n`)
console.log(
  '| door | inputs tried | refused with a located message | accepted | crashes | hangs | unlocated messages | silent wrong results | data lost |',
)
console.log('|---|--:|--:|--:|--:|--:|--:|--:|--:|')
const total = zero()
let bad = 0
const notes: Array<string> = []
for (const door of doors) {
  const started = performance.now()
  const { tally: t, examples } = await door.run(door.runs)
  for (const kind of KINDS) total[kind] += t[kind]
  bad += t.crash + t.hang + t.unlocated + t['silent-wrong'] + t['data-lost']
  notes.push(...examples.map((e) => `${door.name}: ${e}`))
  console.log(
    `| ${door.name} | ${door.runs.toLocaleString('en')} | ${t.refused} | ${t.accepted} | ${t.crash} | ${t.hang} | ${t.unlocated} | ${t['silent-wrong']} | ${t['data-lost']} |` +
      ` <!-- ${((performance.now() - started) / 1000).toFixed(1)} s -->`,
  )
}
const tried = Object.values(total).reduce((a, b) => a + b, 0)
console.log(
  `| **all** | ${tried.toLocaleString('en')} | ${total.refused} | ${total.accepted} | ${total.crash} | ${total.hang} | ${total.unlocated} | ${total['silent-wrong']} | ${total['data-lost']} |`,
)
for (const note of notes) console.log(`\n- ${note}`)
process.exitCode = bad === 0 ? 0 : 1
