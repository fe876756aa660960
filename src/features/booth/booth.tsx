import './booth.css'
import { boothBoard } from '../../model/booth-board.ts'
import { boothLines } from '../../model/booth-lines.ts'
import { pointsLeftSentence, type ScenarioSummary } from '../../model/scenario-summary.ts'
import type { SeasonModel } from '../../model/season-model.ts'
import { BoothBoardPanel } from './booth-board-panel.tsx'

interface Props {
  readonly model: SeasonModel
  /** One board per championship: several side by side for a multi-class broadcast. */
  readonly championships: ReadonlyArray<string>
  readonly step: number
  /** The pair the commentator picked, or how many of the class to show. */
  readonly pick: Parameters<typeof boothBoard>[3]
  /** The title scenarios of the focus championship; null while they are worked out. */
  readonly scenarios: ScenarioSummary | null
  /** Presentation mode: full screen, nothing but the boards (docs/dashboard.md#booth). */
  readonly present: boolean
}

/** The commentary-box screen: the leader, the battle and the gaps in the largest type. */
export function Booth({ model, championships, step, pick, scenarios: summary, present }: Props) {
  const boards = championships.flatMap((id) => boothBoard(model, id, step, pick) ?? [])
  const [only] = championships
  const single = championships.length === 1 && only !== undefined
  const scenarios = single ? summary : null
  const lines = single ? boothLines(model, only, step, scenarios) : []
  const status = model.statusAt(step).kind
  // The scenarios then count a running (or imagined) race as finished.
  const projected = status === 'live' || status === 'hypothetical'
  const asItStands = projected ? 'As it stands: ' : ''
  return (
    <section className={`booth${present ? ' present' : ''}`} aria-label="Commentator view">
      <div className="booth-boards" data-count={boards.length}>
        {boards.map((board) => (
          <BoothBoardPanel key={board.championship} board={board} />
        ))}
      </div>
      {single && (
        <>
          {scenarios === null ? (
            <p className="booth-available muted">Working out the title picture…</p>
          ) : (
            <p className="booth-available">
              {asItStands}
              {pointsLeftSentence(scenarios)}
            </p>
          )}
          {scenarios?.outlook != null && (
            <p className="booth-outlook">
              {asItStands}
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
        Keys: P presentation · F full screen · Esc leave · 1–9 class · 0 all classes · ← → race · +
        − how many
      </p>
    </section>
  )
}
