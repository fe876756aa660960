import './permutations-board.css'
import type { CalendarRace } from '../../engine/scoring/calendar.ts'
import type { BoardBadges as Badges } from '../../model/booth-board.ts'
import { fitBoard, type BoardRoom, type FittedBoard } from '../../model/board-fit.ts'
import { permutationsBoard, type PermutationsBoard } from '../../model/permutations-board.ts'
import type { PermutationsView } from '../../model/permutations-view.ts'
import type { ScenarioSummary } from '../../model/scenario-summary.ts'
import { VerdictBadge } from '../../ui/verdict-badge.tsx'
import { BoardBadges } from './board-badges.tsx'

/**
 * Room on the permutations board: the type scales with the screen (booth.css), so at any 16:9
 * size a row holds about ROW_CHARS characters and the board BOARD_LINES lines below its headline.
 */
const ROW_CHARS = 92
const BOARD_LINES = 14
const BADGE_CHARS = 10

function roomFor(board: PermutationsBoard): BoardRoom {
  const longest = Math.max(0, ...board.rows.map((row) => row.result.length))
  return { lines: BOARD_LINES, charsPerLine: ROW_CHARS - longest - BADGE_CHARS, spacing: 0.4 }
}

/** The permutations board of a championship's title scenarios, as many rows as fit. */
export function PermutationsBoardFor({
  summary,
  permutations,
  championship,
  calendar,
  prefix,
  tableHref,
  badges,
}: {
  readonly summary: ScenarioSummary
  /** The next race's permutations (null: the title settled, or no race left). */
  readonly permutations: PermutationsView | null
  /** The status of the standings the scenarios start from, always on screen. */
  readonly badges: Badges
  readonly championship: string
  readonly calendar: ReadonlyArray<CalendarRace>
  readonly prefix: string
  readonly tableHref: string | null
}) {
  const board = permutationsBoard(
    { outlook: summary.outlook, permutations },
    championship,
    calendar,
  )
  return (
    <PermutationsBoardPanel
      board={board}
      fitted={fitBoard(board, roomFor(board))}
      prefix={prefix}
      tableHref={tableHref}
      badges={badges}
    />
  )
}

/**
 * The permutations board (`board=permutations`, key T; docs/dashboard.md#booth): "Verstappen
 * clinches in round 18, Japan, if …" as the largest type, then the results that clinch, as many
 * as fit, and how many more the Permutations view has.
 */
function PermutationsBoardPanel({
  board,
  fitted,
  prefix,
  tableHref,
  badges,
}: {
  readonly board: PermutationsBoard
  readonly badges: Badges
  readonly fitted: FittedBoard
  /** "As it stands: " when a live or imagined race is counted as finished. */
  readonly prefix: string
  /** The Permutations view, off air: "+6 more results" links to it. */
  readonly tableHref: string | null
}) {
  return (
    <section
      className="booth-board permutations-board"
      aria-label={`${board.championship} permutations board`}
    >
      <p className="booth-after">
        <strong>{board.championship}</strong> title <BoardBadges badges={badges} />
      </p>
      <p className="permutations-headline">
        {prefix}
        {board.headline}
      </p>
      {fitted.rows.length > 0 && (
        <ol className="permutations-rows" aria-label="Results that clinch">
          {fitted.rows.map((row) => (
            <li key={row.result}>
              <span className="permutations-result">{row.result}</span>
              <VerdictBadge verdict={row.clinches} />
              <span className="permutations-conditions">
                {row.conditions.map((condition) => (
                  <span key={condition}>{condition}</span>
                ))}
                {row.alwaysWith !== null && (
                  <span className="permutations-always">
                    <VerdictBadge verdict="always" /> {row.alwaysWith}
                  </span>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
      {fitted.moreText !== null && (
        <p className="permutations-more">
          {tableHref === null ? (
            fitted.moreText
          ) : (
            <a href={tableHref} data-nav>
              {fitted.moreText}
            </a>
          )}
        </p>
      )}
    </section>
  )
}
