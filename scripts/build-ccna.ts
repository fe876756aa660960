/**
 * `npm run data:ccna [-- --year 2023] [--iterations N] [--dry-run]`: rebuilds the reconstructed
 * Carrera Cup seasons in public/data/ccna/ from data-src/ (public/data/ccna/README.md). The
 * solver is seeded: the same facts and --iterations always give the same files; the default
 * (30,000) is what made the shipped files, so a plain run reproduces them byte for byte.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { writeSeasonManifest } from '../src/cli/season-manifest.ts'
import { join } from 'node:path'
import { ccna2023 } from '../data-src/ccna-2023.ts'
import { ccna2024 } from '../data-src/ccna-2024.ts'
import { sources } from '../data-src/ccna-sources.ts'
import { toResults } from './ccna/build-season.ts'
import { loadCheckpoints } from './ccna/checkpoint.ts'
import type { SeasonFacts } from './ccna/season-facts.ts'
import { solveSeason } from './ccna/solve.ts'

const seasons: ReadonlyArray<SeasonFacts> = [ccna2023, ccna2024]

const args = process.argv.slice(2)
const option = (name: string) => {
  const at = args.indexOf(name)
  return at < 0 ? undefined : args[at + 1]
}
const year = option('--year')
const iterations = Number(option('--iterations') ?? 30000)
const dryRun = args.includes('--dry-run')

const urls = (keys: ReadonlyArray<string>) =>
  keys.map((key) => {
    const url = sources[key]
    if (url === undefined) throw new Error(`unknown source key ${key}`)
    return url
  })

const checkpoints = loadCheckpoints()
let failed = false
for (const facts of seasons.filter((f) => year === undefined || String(f.season) === year)) {
  for (const round of facts.rounds) {
    for (const [cls, size] of Object.entries(round.field ?? {})) {
      const entered = facts.entrants.filter(
        (e) => e.class === cls && (e.weekends === 'all' || e.weekends.includes(round.round)),
      ).length
      if (entered !== size)
        console.log(
          `${facts.season} round ${round.round}: ${entered} ${cls} entries, the sources say ${size}`,
        )
    }
  }
  const started = Date.now()
  const solution = solveSeason(facts, checkpoints, iterations)
  console.log(
    `${facts.season}: solved in ${((Date.now() - started) / 1000).toFixed(1)} s, plausibility cost ${solution.plausibility.toFixed(1)}`,
  )
  for (const miss of solution.misses) console.log(`  MISS (off by ${miss.error}) ${miss.what}`)
  if (solution.misses.length > 0) failed = true
  if (dryRun || solution.misses.length > 0) continue
  const folder = join('public', 'data', 'ccna', String(facts.season))
  mkdirSync(join(folder, 'results'), { recursive: true })
  writeFileSync(join(folder, 'season.json'), JSON.stringify(solution.season, null, 2) + '\n')
  for (const state of solution.states) {
    writeFileSync(
      join(folder, 'results', `${state.facts.id}.json`),
      JSON.stringify(toResults(facts, state, urls), null, 2) + '\n',
    )
  }
  // The versions viewers poll (docs/data-format.md#the-manifest); unchanged files keep theirs.
  writeSeasonManifest(folder)
  console.log(`  wrote ${folder}`)
}
process.exitCode = failed ? 1 : 0
