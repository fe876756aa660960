/**
 * Times `standings --every-race` over F1 seasons in this one process (bench-every-race.ts bundles
 * it first, as the published tool is bundled). Prints one JSON line: 1967 in the fresh process,
 * its warm runs, and the totals of every season, in milliseconds.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { loadSeasonModel } from '../../src/cli/load-season-model.ts'
import { writeStandingsJson } from '../../src/export/standings-document.ts'

const [root = '', runsText = '5'] = process.argv.slice(2)
const runs = Number(runsText)

/** Milliseconds to load `year`, and to write its standings after every race. */
async function everyRace(year: string): Promise<{ load: number; walk: number }> {
  const started = performance.now()
  const { model } = await loadSeasonModel(join(root, year), [], () => {})
  const loaded = performance.now()
  if (model === null) throw new Error(`f1/${year}: no model`)
  const steps = model.standings.scored.map((_, i) => i)
  writeStandingsJson(model, steps, true, [], () => {})
  return { load: loaded - started, walk: performance.now() - loaded }
}

const years = readdirSync(root)
  .filter((name) => /^\d{4}$/.test(name))
  .sort()
// The first run in a fresh process, as one `pitboard standings --every-race` call is.
const cold = (await everyRace('1967')).walk
const slowest: Array<number> = []
for (let i = 0; i < runs; i += 1) slowest.push((await everyRace('1967')).walk)
const totals: Array<{ walk: number; load: number }> = []
for (let i = 0; i < Math.max(1, Math.floor(runs / 2)); i += 1) {
  let walk = 0
  let load = 0
  for (const year of years) {
    const run = await everyRace(year)
    walk += run.walk
    load += run.load
  }
  totals.push({ walk, load })
}
console.log(JSON.stringify({ seasons: years.length, cold, slowest, totals }))
