import { countNoun } from './count-noun.ts'
import type { PermutationsBoard, PermutationsBoardRow } from './permutations-board.ts'
import { wrapText } from './wrap-text.ts'

// How much of the permutations board fits where it is drawn (the booth's screen, a card), and
// what is said of the rest (docs/dashboard.md#booth).

/** What fits: the first rows of the board, and how many more there are. */
export interface FittedBoard {
  readonly rows: ReadonlyArray<PermutationsBoardRow>
  readonly more: number
  /** "+4 more results in the Permutations view"; null when every row is shown. */
  readonly moreText: string | null
}

/** Where the board is drawn: how many lines of conditions fit, and how many characters a line holds. */
export interface BoardRoom {
  readonly lines: number
  readonly charsPerLine: number
  /** The result takes a line of its own above its conditions (a narrow card). */
  readonly resultLine?: boolean
  /** The space between two rows, in lines. */
  readonly spacing?: number
}

/**
 * The first rows of the board that fit `room`, each condition counted in the lines it wraps to;
 * when some are left out the last line says how many, so nothing is cut silently.
 */
export function fitBoard(board: PermutationsBoard, room: BoardRoom): FittedBoard {
  const rowLines = (row: PermutationsBoardRow) =>
    (room.resultLine === true ? 1 : 0) +
    (room.spacing ?? 0) +
    Math.max(
      1,
      [...row.conditions, ...(row.alwaysWith === null ? [] : [alwaysLine(row.alwaysWith)])].reduce(
        (sum, text) => sum + linesOf(text, room.charsPerLine),
        0,
      ),
    )
  const all = board.rows.reduce((sum, row) => sum + row.stands, 0)
  const total = board.rows.reduce((sum, row) => sum + rowLines(row), 0)
  // Every row, or as many as leave a line for saying how many more.
  const budget = total <= room.lines && all === board.clinching ? room.lines : room.lines - 1
  const rows: Array<PermutationsBoardRow> = []
  let used = 0
  for (const row of board.rows) {
    used += rowLines(row)
    // Spacing is a fraction of a line: sums of it are compared with a little slack.
    if (used > budget + 1e-9) break
    rows.push(row)
  }
  // Every clinching row of the view not said here: rows left out, and rows with a bonus no row covers.
  const more = board.clinching - rows.reduce((sum, row) => sum + row.stands, 0)
  return {
    rows,
    more,
    moreText: more === 0 ? null : `+${countNoun(more, 'more result')} in the Permutations view`,
  }
}

/** The line saying a place clinches with a bonus whatever happens: "✓ always with the pole". */
export function alwaysLine(alwaysWith: string): string {
  return `✓ always ${alwaysWith}`
}

/** How many lines `text` wraps to, `charsPerLine` characters a line. */
export function linesOf(text: string, charsPerLine: number): number {
  return wrapText(text, Math.max(1, charsPerLine)).length
}

/**
 * The largest scale in [min, 1] at which `fits(scale)` holds, to within 1/2^steps of the range:
 * type is drawn at its full size unless something would be cut or overflow, then as much smaller
 * as it takes (the booth's presentation mode, docs/dashboard.md#booth). `min` when even that does
 * not fit. `fits` must hold for every scale below one at which it holds.
 */
export function fitScale(fits: (scale: number) => boolean, min = 0.5, steps = 6): number {
  if (fits(1)) return 1
  let [low, high] = [min, 1]
  for (let step = 0; step < steps; step += 1) {
    const middle = (low + high) / 2
    if (fits(middle)) low = middle
    else high = middle
  }
  return low
}
