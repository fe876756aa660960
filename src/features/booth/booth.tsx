import './booth.css'
import { boothBoard } from '../../model/booth-board.ts'
import { boothLines } from '../../model/booth-lines.ts'
import { fitBoard, type BoardRoom } from '../../model/board-fit.ts'
import { permutationsBoard, type PermutationsBoard } from '../../model/permutations-board.ts'
import { pointsLeftSentence, type ScenarioSummary } from '../../model/scenario-summary.ts'
import type { SeasonModel } from '../../model/season-model.ts'
import { asItStands } from '../../model/standings-status.ts'
import { BoothBoardPanel } from './booth-board-panel.tsx'
import { PermutationsBoardPanel } from './permutations-board-panel.tsx'

interface Props {
  readonly model: SeasonModel
  /** One board per championship: several side by side for a multi-class broadcast. */
  readonly championships: ReadonlyArray<string>
  readonly step: number
  /** The pair the commentator picked, or how many of the class to show. */
  readonly pick: Parameters<typeof boothBoard>[3]
  /** The title scenarios of the focus championship; null while they are worked out. */
  readonly scenarios: ScenarioSummary | null
  /** The championship `scenarios` are of: the permutations board's. */
  readonly focus: string | null
  /** The standings boards, or the permutations board of the focus championship (key T). */
  readonly board: 'standings' | 'permutations'
  /** Presentation mode: full screen, nothing but the boards (docs/dashboard.md#booth). */
  readonly present: boolean
  /** The Permutations view's address. */
  readonly tableHref: string
}

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

/** The commentary-box screen: the leader, the battle and the gaps in the largest type. */
export function Booth(props: Props) {
  const { model, championships, step, pick, scenarios: summary, focus, board, present } = props
  const { tableHref } = props
  const onPermutations = board === 'permutations'
  const boards = onPermutations
    ? []
    : championships.flatMap((id) => boothBoard(model, id, step, pick) ?? [])
  const [only] = championships
  const single = championships.length === 1 && only !== undefined
  const scenarios = single || onPermutations ? summary : null
  const lines = single ? boothLines(model, only, step, scenarios) : []
  // The scenarios then count a running (or imagined) race as finished.
  const prefix = asItStands(model.statusAt(step))
  const focusName =
    focus === null ? '' : (model.championship(focus)?.progression.championship.name ?? '')
  const permutations =
    onPermutations && summary !== null
      ? permutationsBoard(summary, focusName, model.standings.calendar)
      : null
  return (
    <section className={`booth${present ? ' present' : ''}`} aria-label="Commentator view">
      <div className="booth-boards" data-count={permutations === null ? boards.length : 1}>
        {boards.map((board) => (
          <BoothBoardPanel key={board.championship} board={board} />
        ))}
        {permutations !== null && (
          <PermutationsBoardPanel
            board={permutations}
            fitted={fitBoard(permutations, roomFor(permutations))}
            prefix={prefix}
            tableHref={present ? null : tableHref}
          />
        )}
      </div>
      {(single || onPermutations) && scenarios === null && (
        <p className="booth-available muted">Working out the title picture…</p>
      )}
      {single && !onPermutations && scenarios !== null && (
        <>
          <p className="booth-available">
            {prefix}
            {pointsLeftSentence(scenarios)}
          </p>
          {scenarios.outlook !== null && (
            <p className="booth-outlook">
              {prefix}
              {scenarios.outlook.sentence}
            </p>
          )}
        </>
      )}
      {!present && single && (
        <ul className="booth-lines" aria-label="Lines to read out">
          {lines.map((line) => (
            <li key={line.text} className={line.kind}>
              {line.word !== null && (
                <span className={`status-badge status-${line.word.toLowerCase()}`}>
                  {line.word}
                </span>
              )}{' '}
              <span>{line.text}</span>{' '}
              <button
                type="button"
                onClick={() => void navigator.clipboard?.writeText(line.text)}
                aria-label={`Copy: ${line.text}`}
              >
                Copy
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="muted booth-keys">
        Keys: P presentation · F full screen · Esc leave · T permutations · 1–9 class · 0 all
        classes · ← → race · + − how many
      </p>
    </section>
  )
}
