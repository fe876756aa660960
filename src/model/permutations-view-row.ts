import type { PermutationRow, Verdict } from '../engine/scenarios/permutation-row.ts'
import type { PermutationTable } from '../engine/scenarios/permutations.ts'
import { pointsText } from './format-points.ts'
import { placeSpan, pointsSpan, resultLabel } from './permutation-words.ts'

/** One row of the Permutations view: a result of the leader, or results that read alike. */
export interface PermutationsViewRow {
  /** "1st + fastest lap", "7th–10th", "11th or lower", "not classified", "24 points or more". */
  readonly result: string
  readonly clinches: Verdict
  /** Per rival: what it may do with the leader clinching ("3rd or lower", "any result"). */
  readonly cells: ReadonlyArray<string>
  /** The rows of the engine's table this one stands for (best first). */
  readonly outcomes: ReadonlyArray<PermutationRow>
}

/** Each rival's cell of one row of the engine's table. */
export type RowCells = (row: PermutationRow) => ReadonlyArray<string>

/**
 * Rows by place: places whose every bonus variant reads alike are merged ("7th–10th"), each row
 * standing for its variant at every place merged.
 */
export function placeRows(table: PermutationTable, cellsOf: RowCells): Array<PermutationsViewRow> {
  // `rows`: the first place's, read for the merge; `all`: every place's.
  interface Block {
    readonly from: number | null
    readonly to: number | null
    readonly rows: Array<PermutationRow>
    readonly all: Array<PermutationRow>
  }
  const blocks: Array<Block> = []
  for (const row of table.rows) {
    const block = blocks.at(-1)
    if (block !== undefined && block.to === row.leader.place) {
      block.rows.push(row)
      block.all.push(row)
    } else blocks.push({ from: row.leader.place, to: row.leader.place, rows: [row], all: [row] })
  }
  const key = (rows: ReadonlyArray<PermutationRow>) =>
    JSON.stringify(rows.map((r) => [r.leader.pole, r.leader.fastestLap, r.clinches, cellsOf(r)]))
  const merged: Array<Block> = []
  for (const block of blocks) {
    const last = merged.at(-1)
    if (last !== undefined && block.from !== null && key(last.rows) === key(block.rows))
      merged.push({ ...merged.pop()!, to: block.to, all: [...last.all, ...block.all] })
    else merged.push(block)
  }
  return merged.flatMap((block) => {
    const to = block.to ?? 0
    const place = placeSpan(block.from, to, block.to !== null && to >= table.places)
    const alike = new Set(block.rows.map((r) => JSON.stringify([r.clinches, cellsOf(r)])))
    const rows = alike.size === 1 ? block.rows.slice(0, 1) : block.rows
    const sameBonus = (row: PermutationRow) =>
      block.all.filter(
        (o) => o.leader.pole === row.leader.pole && o.leader.fastestLap === row.leader.fastestLap,
      )
    return rows.map((row) => ({
      result:
        alike.size === 1
          ? place
          : `${place}${resultLabel(row.leader, false).replace(/^\S+( classified)?/, '')}`,
      clinches: row.clinches,
      cells: cellsOf(row),
      outcomes: alike.size === 1 ? block.all : sameBonus(row),
    }))
  })
}

/** Rows by points: runs that read alike merged ("24 points or more", "20–23 points"). */
export function pointsRows(
  rows: ReadonlyArray<PermutationRow>,
  cellsOf: RowCells,
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
    const result =
      run.length === rows.length
        ? 'any result'
        : pointsSpan(run.at(-1)!.leader.points, run[0]!.leader.points, i === 0)
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

/**
 * A rival's limit within a run of rows by points: "outscored by 9 points or more", "at most 28
 * points more".
 */
function marginCell(margin: number): string {
  return margin >= 0
    ? `outscored by ${pointsText(margin)} or more`
    : `at most ${pointsText(-margin)} more`
}
