/**
 * The benchmark seasons (docs/performance.md), generated deterministically (seeded) and shaped
 * like the Carrera Cup: three classes, pole and fastest-lap bonuses by class, Pro-Am and Am with
 * two drops from the third-last race, a Junior championship by tag and an Entrants championship
 * (`sum`, two cars). Shared by bench.ts and bench-cli.ts.
 */
import type { RaceResults, ResultRow, Season } from '../../src/engine/types.ts'
import { seededRandom } from '../seeded-random.ts'

export interface Size {
  readonly label: string
  readonly races: number
  readonly cars: number
  readonly runs: number
  /** Classes of equal size (default: half the field Pro, a quarter each Pro-Am and Am). */
  readonly evenClasses?: boolean
  /** Races with results (default: all). */
  readonly withResults?: number
}

/** A Carrera-Cup-shaped season: three classes (half Pro), bonuses by class, drops, junior, entrants. */
export function generate(size: Size): { seasonText: string; resultTexts: ReadonlyArray<string> } {
  const next = seededRandom(size.races * 7919 + size.cars)
  const classes = ['pro', 'pro-am', 'am']
  const raceIds = Array.from({ length: size.races }, (_, i) => `r${String(i + 1).padStart(4, '0')}`)
  const drivers = Array.from({ length: size.cars }, (_, i) => ({
    id: `driver-${i + 1}`,
    name: `Driver ${i + 1}`,
    country: 'USA',
    ...(i % 10 === 0 ? { tags: ['junior'] } : {}),
  }))
  const teams = Array.from({ length: Math.max(2, Math.round(size.cars / 3)) }, (_, i) => ({
    id: `team-${i + 1}`,
    name: `Team ${i + 1}`,
  }))
  const classOf = (car: number) =>
    size.evenClasses === true
      ? (classes[Math.floor((car * 3) / size.cars)] ?? 'am')
      : car < size.cars / 2
        ? 'pro'
        : car < (size.cars * 3) / 4
          ? 'pro-am'
          : 'am'
  const season: Season = {
    format: 'pitboard-season/1',
    series: { id: 'bench', name: 'Benchmark Cup' },
    season: 2025,
    classes: classes.map((id) => ({ id, name: id })),
    drivers,
    teams,
    rounds: Array.from({ length: size.races / 2 }, (_, r) => ({
      round: r + 1,
      name: `Round ${r + 1}`,
      races: [0, 1].map((k) => {
        const id = raceIds[r * 2 + k] ?? ''
        return {
          id,
          name: `Race ${r * 2 + k + 1}`,
          type: 'race',
          date: '2025-03-14',
          results: `results/${id}.json`,
        }
      }),
    })),
    scoring: {
      race: {
        points: [25, 20, 17, 14, 12, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
        awardBy: 'class',
        bonuses: { pole: 2, fastestLap: 1 },
      },
    },
    championships: [
      { id: 'pro', name: 'Pro', kind: 'drivers', classes: ['pro'] },
      {
        id: 'pro-am',
        name: 'Pro-Am',
        kind: 'drivers',
        classes: ['pro-am'],
        drops: { worst: 2, fromRace: raceIds.at(-3) ?? '', keep: raceIds.slice(-2) },
      },
      {
        id: 'am',
        name: 'Am',
        kind: 'drivers',
        classes: ['am'],
        drops: { worst: 2, fromRace: raceIds.at(-3) ?? '', keep: raceIds.slice(-2) },
      },
      { id: 'junior', name: 'Junior', kind: 'drivers', classes: ['pro'], tags: ['junior'] },
      { id: 'teams', name: 'Entrants', kind: 'teams', method: 'sum', carsPerRace: 2 },
    ],
  }
  const resultTexts = raceIds.slice(0, size.withResults ?? size.races).map((race) => {
    const order = Array.from({ length: size.cars }, (_, i) => ({
      car: i,
      key: next() + (i < size.cars / 2 ? 0 : 0.4),
    })).toSorted((a, b) => a.key - b.key)
    const poles = new Set<string>()
    const laps = new Set<string>()
    let position = 0
    const rows = order.map(({ car }): ResultRow => {
      const cls = classOf(car)
      const dnf = next() < 0.06
      const base = {
        car: String(car + 1),
        drivers: [`driver-${car + 1}`],
        team: `team-${(car % teams.length) + 1}`,
        class: cls,
        laps: dnf ? 10 : 24,
        ...(poles.has(cls) || next() < 0.7 ? {} : (poles.add(cls), { pole: true })),
        ...(laps.has(cls) || next() < 0.7 ? {} : (laps.add(cls), { fastestLap: true })),
      }
      if (dnf) return { ...base, status: 'dnf', reason: 'Contact' }
      position += 1
      return { ...base, status: 'classified', position, time: '40:51.772', bestLap: '2:01.843' }
    })
    const results: RaceResults = { format: 'pitboard-results/1', race, status: 'official', rows }
    return JSON.stringify(results)
  })
  return { seasonText: JSON.stringify(season), resultTexts }
}
