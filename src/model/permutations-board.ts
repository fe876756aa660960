import type { CalendarRace } from '../engine/scoring/calendar.ts'
import { bonusWords, whateverRivalsDo } from './permutation-words.ts'
import { permutationGroups } from './permutations-table.ts'
import type { PermutationsView } from './permutations-view.ts'
import type { PermutationsViewRow } from './permutations-view-row.ts'
import { listOfRaceIds, raceName } from './race-name.ts'
import type { Outlook } from './title-outlook.ts'

/**
 * The permutations as the booth's board and the broadcast card show them
 * (docs/dashboard.md#booth): one line in the largest type, "Verstappen clinches in round 18,
 * Japan, if …", then only the results that clinch, by place, best first: a place's rows with a
 * bonus that clinch whatever happens are said on its row ("always with the fastest lap").
 */
export interface PermutationsBoard {
  readonly championship: string
  /** "Verstappen clinches in round 18, Japan, if …"; with no result that clinches, the outlook sentence. */
  readonly headline: string
  /**
   * The race (or races) the rows are for, as the series names them: "round 18, Japan", "races 11
   * and 12" when the board shows the weekend together; null with no table.
   */
  readonly race: string | null
  /** The results that clinch, by place, best first. */
  readonly rows: ReadonlyArray<PermutationsBoardRow>
  /** How many rows of the Permutations view clinch (always or if). */
  readonly clinching: number
}

export interface PermutationsBoardRow {
  /** As the table writes it: "1st + fastest lap", "20 points or more". */
  readonly result: string
  readonly clinches: 'always' | 'if'
  /** "whatever Leclerc and Pérez do"; or one per rival it depends on: "Leclerc 3rd or lower". */
  readonly conditions: ReadonlyArray<string>
  /** An `if` row whose place clinches whatever happens with a bonus: "with the fastest lap or the pole". */
  readonly alwaysWith: string | null
  /** How many rows of the view this one says: itself and the rows with a bonus it covers. */
  readonly stands: number
}

export function permutationsBoard(
  summary: { readonly outlook: Outlook | null; readonly permutations: PermutationsView | null },
  championship: string,
  calendar: ReadonlyArray<CalendarRace>,
): PermutationsBoard {
  const view = summary.permutations
  if (view === null)
    return {
      championship,
      headline: summary.outlook?.sentence ?? '',
      race: null,
      rows: [],
      clinching: 0,
    }
  const names = view.rivals.map((rival) => rival.name)
  const race = calendar.find((r) => r.race.id === view.raceId)
  const inRace = boardRows(view.rows, view.by, names)
  const { weekend } = view
  // Nothing clinches in the next race alone, but something does over its weekend: that table.
  const over =
    inRace.length === 0 && weekend !== null ? boardRows(weekend.rows, 'points', names) : []
  const whole = over.length > 0 ? weekend : null
  // The races the rows are for: `more` when words follow the name.
  const named = (more: boolean) =>
    whole !== null
      ? listOfRaceIds(calendar, whole.raceIds, { more })
      : race === undefined
        ? view.race
        : raceName(race, { more })
  const [rows, from] = whole !== null ? [over, whole.rows] : [inRace, view.rows]
  const where = `${whole !== null ? 'over' : 'in'} ${named(true)}`
  return {
    championship: view.championship,
    headline:
      rows.length > 0 ? `${view.leader} clinches ${where} if …` : (summary.outlook?.sentence ?? ''),
    race: named(false),
    rows,
    clinching: from.filter((row) => row.clinches !== 'never').length,
  }
}

function boardRows(
  viewRows: ReadonlyArray<PermutationsViewRow>,
  by: PermutationsView['by'],
  names: ReadonlyArray<string>,
): ReadonlyArray<PermutationsBoardRow> {
  const boardRow = (
    row: PermutationsViewRow,
    alwaysWith: string | null,
    stands: number,
  ): PermutationsBoardRow => ({
    result: row.result,
    clinches: row.clinches === 'always' ? 'always' : 'if',
    conditions:
      row.clinches === 'always'
        ? [whateverRivalsDo(names)]
        : row.cells.flatMap((cell, r) =>
            // A rival free to take any result is no condition.
            row.outcomes.every((o) => o.limits[r]?.kind === 'any') ? [] : [`${names[r]} ${cell}`],
          ),
    alwaysWith,
    stands,
  })
  return permutationGroups(viewRows, by).flatMap(({ head, variants }) => {
    // A place that never clinches without a bonus: each of its rows with one that does.
    if (head.clinches === 'never')
      return variants.flatMap(({ row }) =>
        row.clinches === 'never' ? [] : [boardRow(row, null, 1)],
      )
    // Always or if: the bonuses that make an `if` place always are said on its row. A place
    // that clinches always has no rows with a bonus: they read alike and are merged into one
    // (permutations-view-row.ts).
    const always = variants.flatMap(({ row }) =>
      row.clinches === 'always' && row.outcomes[0] !== undefined ? [row.outcomes[0].leader] : [],
    )
    // Each bonus set said once: "the pole" covers the pole and the fastest lap.
    const least = always.filter(
      (set) =>
        !always.some(
          (other) =>
            other !== set && (!other.pole || set.pole) && (!other.fastestLap || set.fastestLap),
        ),
    )
    const alwaysWith = least.length === 0 ? null : `with ${least.map(bonusWords).join(' or ')}`
    return [boardRow(head, alwaysWith, 1 + always.length)]
  })
}
