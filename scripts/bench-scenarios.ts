/**
 * Scenario speed (docs/performance.md#scenarios): title status, best and worst position and
 * points range for every driver, plus the title outlook in words, as the dashboard asks the
 * scenario worker for on each view. Goals: 40 cars with four races left ≤ 8 ms, 80 cars ≤ 20 ms.
 */
import { performance } from 'node:perf_hooks'
import { readFromDisk } from '../src/data/disk-reader.ts'
import { validateSeason } from '../src/data/validate-season.ts'
import type { ChampionshipProgression } from '../src/engine/scoring/progression.ts'
import { championshipScenarios } from '../src/engine/scenarios/scenarios.ts'
import { describeOutlook } from '../src/model/title-outlook.ts'
import { permutationTable } from '../src/engine/scenarios/permutations.ts'
import { permutationsView } from '../src/model/permutations-view.ts'
import {
  computeSeasonStandings,
  type SeasonStandings,
} from '../src/engine/scoring/season-standings.ts'
import type { RaceFile, ResultRow, Season } from '../src/engine/types.ts'
import { runAtBase } from './bench/base-checkout.ts'

function median(values: ReadonlyArray<number>): number {
  const sorted = values.toSorted((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

function time(run: () => void, runs: number): number {
  for (let i = 0; i < Math.min(3, runs); i += 1) run()
  const samples: Array<number> = []
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now()
    run()
    samples.push(performance.now() - start)
  }
  return median(samples)
}

/** A one-class season of 16 races, results for the first `done`, seeded shuffles. */
function syntheticSeason(cars: number, done: number): SeasonStandings {
  let seed = 7
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
  const races = Array.from({ length: 16 }, (_, i) => `r${String(i + 1).padStart(2, '0')}`)
  const season: Season = {
    format: 'pitboard-season/1',
    series: { id: 'bench', name: 'Bench Cup' },
    season: 2024,
    classes: [{ id: 'pro', name: 'Pro' }],
    drivers: Array.from({ length: cars }, (_, i) => ({ id: `d${i + 1}`, name: `Driver ${i + 1}` })),
    teams: [{ id: 't', name: 'Team' }],
    rounds: races.map((id, i) => ({
      round: i + 1,
      name: `Round ${i + 1}`,
      races: [
        {
          id,
          name: `Race ${i + 1}`,
          type: 'race',
          date: '2024-01-01',
          results: `results/${id}.json`,
        },
      ],
    })),
    scoring: {
      race: {
        points: [25, 20, 17, 14, 12, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1],
        awardBy: 'class',
        bonuses: { pole: 2, fastestLap: 1 },
      },
    },
    championships: [
      {
        id: 'pro',
        name: 'Pro',
        kind: 'drivers',
        classes: ['pro'],
        drops: { worst: 2, fromRace: 'r14' },
      },
    ],
  }
  const files = new Map<string, RaceFile>()
  for (const id of races.slice(0, done)) {
    // Pace order with noise, so the table has a realistic spread.
    const order = Array.from({ length: cars }, (_, i) => ({ i, pace: i + random() * 12 })).toSorted(
      (a, b) => a.pace - b.pace,
    )
    const rows: Array<ResultRow> = order.map(({ i }, place) => ({
      car: String(i + 1),
      drivers: [`d${i + 1}`],
      team: 't',
      class: 'pro',
      status: 'classified',
      position: place + 1,
      pole: place === 0,
      fastestLap: place === 1,
    }))
    files.set(id, {
      kind: 'results',
      results: { format: 'pitboard-results/1', race: id, status: 'official', rows },
    })
  }
  return computeSeasonStandings(season, files)
}

function scenariosOf(standings: SeasonStandings, progression: ChampionshipProgression) {
  const step = progression.steps.length - 1
  describeOutlook(championshipScenarios(standings, progression, step), progression.championship)
}

const cases: Array<[string, SeasonStandings, ChampionshipProgression]> = []
for (const [cars, left] of [
  [20, 4],
  [40, 4],
  [80, 4],
  [160, 4],
  [40, 2],
  [40, 1],
  [40, 12],
] as const) {
  const standings = syntheticSeason(cars, 16 - left)
  const pro = standings.championships[0]
  if (pro !== undefined)
    cases.push([
      `${cars} cars, one class, drops, ${left} ${left === 1 ? 'race' : 'races'} left`,
      standings,
      pro,
    ])
}
const check = await validateSeason('public/data/ccna/2023', readFromDisk)
if (check.season !== null) {
  const files = new Map([...check.files].filter(([id]) => id <= 'r12'))
  const ccna = computeSeasonStandings(check.season, files)
  for (const progression of ccna.championships.filter((p) => p.championship.kind === 'drivers'))
    cases.push([
      `Carrera Cup 2023 ${progression.championship.name} after race 12 (4 left)`,
      ccna,
      progression,
    ])
}
console.log(
  '\nScenarios (every driver: status, best/worst position, points range; clinch conditions)',
)
for (const [label, standings, progression] of cases) {
  const ms = time(() => scenariosOf(standings, progression), 25)
  console.log(
    `  ${label.padEnd(58)} ${ms.toFixed(2).padStart(8)} ms  (${progression.entries.length} entries)`,
  )
}
console.log('Median of 25 warm runs; goals: 40 cars with four races left ≤ 8 ms, 80 cars ≤ 20 ms.')

// The permutation table of the next race (docs/performance.md#permutations): every result the
// leader can take there against every rival still in it, and the view that words it.
console.log('\nPermutation table of the next race (rows × rivals, in words)')
for (const [cars, left] of [
  [20, 4],
  [40, 4],
  [80, 4],
  [20, 12],
  [40, 12],
  [400, 12],
] as const) {
  const standings = syntheticSeason(cars, 16 - left)
  const pro = standings.championships[0]
  if (pro === undefined) continue
  const scenarios = championshipScenarios(standings, pro, pro.steps.length - 1)
  const table = permutationTable(scenarios)
  // The 400-car table takes a third of a second: three runs say how it grows.
  const ms = time(
    () => permutationsView(scenarios, pro.championship, permutationTable(scenarios)),
    cars >= 400 ? 3 : 25,
  )
  console.log(
    `  ${`${cars} cars, ${left} races left`.padEnd(58)} ${ms.toFixed(2).padStart(8)} ms  (${table?.rows.length ?? 0} rows × ${table?.rivals.length ?? 0} rivals)`,
  )
}
console.log('Median of 25 warm runs (3 at 400 cars); goals: 20 cars ≤ 20 ms, 40 cars ≤ 60 ms.')

runAtBase('scripts/bench-scenarios.ts')
