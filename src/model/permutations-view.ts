import { outscoreMargin } from '../engine/scenarios/outscore-margin.ts'
import type { PermutationRow } from '../engine/scenarios/permutation-row.ts'
import { permutationTable, type PermutationTable } from '../engine/scenarios/permutations.ts'
import type { ChampionshipScenarios } from '../engine/scenarios/scenarios.ts'
import { weekendTable, type WeekendTable } from '../engine/scenarios/weekend-permutations.ts'
import type { Championship } from '../engine/types.ts'
import { pointsText } from './format-points.ts'
import { limitWords, NO_MATTER } from './permutation-words.ts'
import { placeRows, pointsRows, type PermutationsViewRow } from './permutations-view-row.ts'
import { listOfRaces, raceName } from './race-name.ts'
import { shortNameOf } from './short-name.ts'

/**
 * The championship permutations of the next race as the Permutations view, the booth board, the
 * card and `pitboard permutations` show them (docs/scoring-rules.md#permutations): the leader's
 * results as rows, the rivals as columns. Plain data: the scenario worker posts it.
 */
export interface PermutationsView {
  readonly championship: string
  readonly leader: string
  /** The race as the series names it: "round 18, Japan", "the Qatar sprint", "race 12". */
  readonly race: string
  readonly raceId: string
  readonly by: 'place' | 'points'
  readonly rivals: ReadonlyArray<PermutationsRival>
  /** Results that read alike merged: "7th or lower", "20–43 points". */
  readonly rows: ReadonlyArray<PermutationsViewRow>
  /**
   * The next weekend's races together, by the points the leader scores over them (null: the
   * next race is alone on its weekend, or the rest of its weekend has run).
   */
  readonly weekend: {
    readonly races: string
    readonly raceIds: ReadonlyArray<string>
    readonly rows: ReadonlyArray<PermutationsViewRow>
  } | null
}

export interface PermutationsRival {
  /** Null: a driver (team) yet to race. */
  readonly id: string | null
  readonly name: string
  /** "Out if outscored by Verstappen by 8 points or more." (null when points are not whole). */
  readonly line: string | null
}

export function permutationsView(
  scenarios: ChampionshipScenarios,
  championship: Championship,
  table: PermutationTable | null = permutationTable(scenarios),
  weekend: WeekendTable | null = weekendTable(scenarios),
): PermutationsView | null {
  if (table === null) return null
  const isTeams = championship.kind === 'teams'
  // Contender indices are rows of the scenarios (clinch-conditions.ts): a row carries the short name.
  const leader = shortNameOf(scenarios.rows[table.leader] ?? { name: '' }, isTeams)
  const rivals = table.rivals.map((i, r): PermutationsRival => {
    const contender = i < 0 ? undefined : scenarios.contenders[i]
    const margin = contender === undefined ? null : outscoreMargin(table, r)
    const name =
      contender === undefined
        ? isTeams
          ? 'a team yet to race'
          : 'a driver yet to race'
        : shortNameOf(scenarios.rows[i] ?? contender.tally, isTeams)
    // A rival the next race cannot put out says so; otherwise the margin that does.
    const alwaysIn = table.rows.every((row) => row.limits[r]?.kind === 'alive')
    return {
      id: contender?.tally.id ?? null,
      name,
      line: alwaysIn
        ? `Still in contention after ${raceName(table.race.race, { more: true })} whatever happens.`
        : margin === null
          ? null
          : marginLine(leader, margin.by),
    }
  })
  // On a row that cannot clinch only the rivals who keep the title open matter.
  const cellsOf = (row: PermutationRow) =>
    row.clinches === 'never'
      ? row.limits.map((limit) => (limit.kind === 'alive' ? 'in contention' : NO_MATTER))
      : row.limits.map((limit) => limitWords(limit, table.race))
  return {
    championship: championship.name,
    leader,
    race: raceName(table.race.race),
    raceId: table.race.race.race.id,
    by: table.by,
    rivals,
    rows: table.by === 'points' ? pointsRows(table.rows, cellsOf) : placeRows(table, cellsOf),
    weekend:
      weekend === null
        ? null
        : {
            races: listOfRaces(weekend.races.map((race) => race.race)),
            raceIds: weekend.races.map((race) => race.race.race.id),
            rows: pointsRows(weekend.rows, cellsOf),
          },
  }
}

/** "Out if outscored by Verstappen by 8 points or more"; "Out unless outscoring Verstappen by 3 points or more". */
function marginLine(leader: string, by: number): string {
  if (by > 0) return `Out if outscored by ${leader} by ${pointsText(by)} or more.`
  const need = 1 - by
  return `Out unless outscoring ${leader} by ${pointsText(need)} or more.`
}
