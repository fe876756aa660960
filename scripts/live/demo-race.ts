import { isoSeconds } from '../../src/cli/iso-seconds.ts'
import type { RaceResults, ResultRow } from '../../src/engine/types.ts'

/**
 * A real race of the shipped data replayed the way a weekend unfolds (docs/dashboard.md#live):
 * scheduled, then a running order that changes every step until the flag, then the provisional
 * result as the cars crossed the line, then the official result after the stewards — the shipped
 * file itself, with its notes. For 2023 race 11 that is Hart crossing 2nd and dropping to 9th.
 */
export function demoPhases(
  official: RaceResults,
  penalised: string,
  crossedAt: number,
  liveSteps = 8,
): Array<RaceResults> {
  const classified = official.rows.filter((row) => row.status === 'classified')
  const others = official.rows.filter((row) => row.status !== 'classified')
  const car = classified.find((row) => row.car === penalised)
  if (car === undefined) throw new Error(`car ${penalised} is not classified in ${official.race}`)
  const atFlag = classified.filter((row) => row !== car)
  atFlag.splice(crossedAt - 1, 0, car)
  const renumber = (rows: ReadonlyArray<ResultRow>, fastestLap: boolean): Array<ResultRow> =>
    rows.map((row, i) =>
      row.status === 'classified'
        ? { ...row, position: i + 1, fastestLap: fastestLap ? row.fastestLap : undefined }
        : row,
    )
  const base = { format: official.format, race: official.race, source: official.source }
  const phases: Array<RaceResults> = [{ ...base, status: 'scheduled', rows: [] }]
  for (let step = liveSteps; step >= 1; step -= 1) {
    // Deterministic shuffles that shrink towards the order at the flag.
    const order = [...atFlag]
    for (let k = 0; k < step; k += 1) {
      const i = (k * 5 + step * 3) % (order.length - 1)
      const a = order[i]
      const b = order[i + 1]
      if (a !== undefined && b !== undefined) [order[i], order[i + 1]] = [b, a]
    }
    phases.push({
      ...base,
      status: 'live',
      updatedAt: stamp(phases.length),
      rows: [...renumber(order, false), ...others],
    })
  }
  phases.push({
    ...base,
    status: 'provisional',
    updatedAt: stamp(phases.length),
    rows: [...renumber(atFlag, true), ...others],
  })
  phases.push({ ...official, updatedAt: stamp(phases.length) })
  return phases
}

function stamp(step: number): string {
  return isoSeconds(new Date(Date.UTC(2023, 8, 16, 19, 0, step * 3)))
}
