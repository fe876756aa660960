import type { EntryRace } from '../engine/scoring/entry-race.ts'
import type { StandingRow } from '../engine/scoring/standings.ts'
import type { OfficialRacePoints, OfficialSheet } from './alkamel-points.ts'
import { normalName } from './name-match.ts'

/** What is compared, per race and per entry (docs/importing.md#reconcile). */
export type ReconciledField =
  'race' | 'pole' | 'fastest lap' | 'penalty' | 'dropped' | 'total' | 'entry'

/** One difference between our standings and the official sheet: both values, as numbers or words. */
export interface Difference {
  /** The entry as the sheet names it, or as we do when the sheet lacks it. */
  readonly entry: string
  /** The race ("r05"), or null for the entry's total or presence. */
  readonly race: string | null
  readonly field: ReconciledField
  readonly ours: number | string
  readonly official: number | string
}

export interface Reconciliation {
  readonly differences: ReadonlyArray<Difference>
  /** Entries found on both sides. */
  readonly matched: number
  /** The sheet's sessions each paired with our race, in order: session i is our i-th race. */
  readonly races: ReadonlyArray<{ readonly session: number; readonly race: string | null }>
}

/** One entry's points in one race, split as a sheet splits them. */
interface Split {
  readonly race: number
  readonly pole: number
  readonly fastestLap: number
  readonly penalty: number
}

function splitOf(result: EntryRace | undefined): Split {
  if (result === undefined) return { race: 0, pole: 0, fastestLap: 0, penalty: 0 }
  if (result.kind === 'team') return { race: result.points, pole: 0, fastestLap: 0, penalty: 0 }
  return {
    race: result.positionPoints,
    pole: result.polePoints,
    fastestLap: result.fastestLapPoints,
    penalty: result.penaltyPoints,
  }
}

/**
 * Our standings (`rows`, the table after the last race we have) against an official points sheet,
 * entry by entry and race by race (docs/importing.md#reconcile): names matched the way the
 * importer matches them; the sheet's session i is the championship's i-th race (`races`, in
 * calendar order); `calendar` names each race by its calendar index (`EntryRace.raceIndex`).
 */
export function reconcile(
  rows: ReadonlyArray<StandingRow>,
  races: ReadonlyArray<string>,
  calendar: ReadonlyArray<string>,
  sheet: OfficialSheet,
): Reconciliation {
  const differences: Array<Difference> = []
  const ours = new Map(rows.map((row) => [normalName(row.name), row]))
  const seen = new Set<string>()
  let matched = 0
  for (const entry of sheet.entries) {
    const key = normalName(entry.name)
    const row = ours.get(key)
    if (row === undefined) {
      if (entry.net !== 0 || entry.total !== 0)
        differences.push({
          entry: entry.name,
          race: null,
          field: 'entry',
          ours: 'not in our standings',
          official: `${entry.net} points`,
        })
      continue
    }
    seen.add(key)
    matched += 1
    const byRace = new Map(row.races.map((result) => [calendar[result.raceIndex], result]))
    for (const official of entry.races) {
      const race = races[official.session - 1]
      if (race !== undefined)
        compareRace(entry.name, race, byRace.get(race), row, official, differences)
    }
    if (row.points !== entry.net)
      differences.push({
        entry: entry.name,
        race: null,
        field: 'total',
        ours: row.points,
        official: entry.net,
      })
  }
  for (const row of rows)
    if (!seen.has(normalName(row.name)) && row.points !== 0)
      differences.push({
        entry: row.name,
        race: null,
        field: 'entry',
        ours: `${row.points} points`,
        official: 'not on the sheet',
      })
  return {
    differences,
    matched,
    races: sheet.sessions.map((s) => ({ session: s.index, race: races[s.index - 1] ?? null })),
  }
}

function compareRace(
  entry: string,
  race: string,
  result: EntryRace | undefined,
  row: StandingRow,
  official: OfficialRacePoints,
  differences: Array<Difference>,
): void {
  const split = splitOf(result)
  const add = (field: ReconciledField, ours: number | string, theirs: number | string) => {
    if (ours !== theirs) differences.push({ entry, race, field, ours, official: theirs })
  }
  // Extra points (the sheet's extra_points_1/2) have no counterpart in the contract but an
  // adjustment; they are compared through the race total only.
  add('race', split.race, official.race + official.extra)
  add('pole', split.pole, official.pole)
  add('fastest lap', split.fastestLap, official.fastestLap)
  add('penalty', split.penalty, official.penalty)
  add(
    'dropped',
    row.dropped.includes(race) ? 'dropped' : 'counted',
    official.dropped ? 'dropped' : 'counted',
  )
}
