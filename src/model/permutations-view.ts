import { outscoreMargin } from '../engine/outscore-margin.ts'
import type { PermutationRow, Verdict } from '../engine/permutation-row.ts'
import { permutationTable, type PermutationTable } from '../engine/permutations.ts'
import type { ChampionshipScenarios } from '../engine/scenarios.ts'
import { weekendTable, type WeekendTable } from '../engine/weekend-permutations.ts'
import type { Championship } from '../engine/types.ts'
import { formatPoints, pointsText } from './format-points.ts'
import { ordinal } from './ordinal.ts'
import { limitWords, resultLabel } from './permutation-words.ts'
import { listOfRaces, raceName } from './race-name.ts'
import { shortName } from './short-name.ts'

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

export interface PermutationsViewRow {
  /** "1st + fastest lap", "7th–10th", "11th or lower", "not classified", "24 points or more". */
  readonly result: string
  readonly clinches: Verdict
  /** Per rival: what it may do with the leader clinching ("3rd or lower", "any result"). */
  readonly cells: ReadonlyArray<string>
  /** The rows of the engine's table this one stands for (best first). */
  readonly outcomes: ReadonlyArray<PermutationRow>
}

export function permutationsView(
  scenarios: ChampionshipScenarios,
  championship: Championship,
  table: PermutationTable | null = permutationTable(scenarios),
  weekend: WeekendTable | null = weekendTable(scenarios),
): PermutationsView | null {
  if (table === null) return null
  const isTeams = championship.kind === 'teams'
  const leader = shortName(scenarios.contenders[table.leader]?.tally.name ?? '', isTeams)
  const rivals = table.rivals.map((i, r): PermutationsRival => {
    const contender = i < 0 ? undefined : scenarios.contenders[i]
    const margin = contender === undefined ? null : outscoreMargin(table, r)
    const name =
      contender === undefined
        ? isTeams
          ? 'a team yet to race'
          : 'a driver yet to race'
        : shortName(contender.tally.name, isTeams)
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
  const cellsOf = (row: PermutationRow) =>
    row.clinches === 'never'
      ? row.limits.map((limit) => (limit.kind === 'alive' ? 'in contention' : '—'))
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

type Cells = (row: PermutationRow) => ReadonlyArray<string>

/** Rows by place: places whose every bonus variant reads alike are merged ("7th–10th"). */
function placeRows(table: PermutationTable, cellsOf: Cells): Array<PermutationsViewRow> {
  const blocks: Array<{ from: number | null; to: number | null; rows: Array<PermutationRow> }> = []
  for (const row of table.rows) {
    const block = blocks.at(-1)
    if (block !== undefined && block.to === row.leader.place) block.rows.push(row)
    else blocks.push({ from: row.leader.place, to: row.leader.place, rows: [row] })
  }
  const key = (rows: ReadonlyArray<PermutationRow>) =>
    JSON.stringify(rows.map((r) => [r.leader.pole, r.leader.fastestLap, r.clinches, cellsOf(r)]))
  const merged: typeof blocks = []
  for (const block of blocks) {
    const last = merged.at(-1)
    if (last !== undefined && block.from !== null && key(last.rows) === key(block.rows))
      merged.push({ ...merged.pop()!, to: block.to })
    else merged.push(block)
  }
  return merged.flatMap((block) => {
    const deepest = block.to !== null && block.to >= table.places
    const place =
      block.from === null
        ? 'not classified'
        : block.from === 1 && deepest
          ? 'any place'
          : block.from === block.to && !deepest
            ? ordinal(block.from)
            : deepest
              ? `${ordinal(block.from)} or lower`
              : `${ordinal(block.from)}–${ordinal(block.to ?? block.from)}`
    const alike = new Set(block.rows.map((r) => JSON.stringify([r.clinches, cellsOf(r)])))
    const rows = alike.size === 1 ? block.rows.slice(0, 1) : block.rows
    return rows.map((row) => ({
      result:
        alike.size === 1
          ? place
          : `${place}${resultLabel(row.leader, false).replace(/^\S+( classified)?/, '')}`,
      clinches: row.clinches,
      cells: cellsOf(row),
      outcomes: alike.size === 1 ? block.rows : [row],
    }))
  })
}

/** Rows by points: runs that read alike merged ("24 points or more", "20–23 points"). */
function pointsRows(
  rows: ReadonlyArray<PermutationRow>,
  cellsOf: Cells,
): Array<PermutationsViewRow> {
  // Within a run of `if` rows each rival's limit keeps the same distance below the leader's points.
  const key = (row: PermutationRow) =>
    JSON.stringify([
      row.clinches,
      row.clinches === 'if'
        ? row.limits.map((l) => (l.kind === 'at-most' ? row.leader.points - l.maxPoints : l.kind))
        : [],
    ])
  const runs: Array<Array<PermutationRow>> = []
  for (const row of rows) {
    const run = runs.at(-1)
    if (run !== undefined && key(run[0]!) === key(row)) run.push(row)
    else runs.push([row])
  }
  return runs.map((run, i) => {
    const top = run[0]!.leader.points
    const bottom = run.at(-1)!.leader.points
    const result =
      run.length === rows.length
        ? 'any result'
        : i === 0 && run.length > 1
          ? `${formatPoints(bottom)} points or more`
          : top === bottom
            ? resultLabel(run[0]!.leader, true)
            : `${formatPoints(bottom)}–${formatPoints(top)} points`
    const cells =
      run.length === 1 || run[0]!.clinches !== 'if'
        ? cellsOf(run[0]!)
        : run[0]!.limits.map((l) =>
            l.kind === 'at-most'
              ? marginCell(run[0]!.leader.points - l.maxPoints)
              : l.kind === 'any'
                ? 'any result'
                : 'in contention',
          )
    return { result, clinches: run[0]!.clinches, cells, outcomes: run }
  })
}

/** A rival's limit within a run of rows by points: "outscored by 9 or more", "at most 28 more". */
function marginCell(margin: number): string {
  return margin >= 0
    ? `outscored by ${formatPoints(margin)} or more`
    : `at most ${formatPoints(-margin)} more`
}
