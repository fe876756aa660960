import type { BoothBoard } from '../../model/booth-board.ts'
import type { BoothLine } from '../../model/booth-lines.ts'
import { countNoun } from '../../model/count-noun.ts'
import { formatPoints } from '../../model/format-points.ts'
import type { ScenarioSummary } from '../../model/scenario-summary.ts'
import { BoothBoardPanel } from './booth-board-panel.tsx'

interface Props {
  /** One board per championship shown: several side by side for a multi-class broadcast. */
  readonly boards: ReadonlyArray<BoothBoard>
  /** Lines to read out, for a single championship. */
  readonly lines: ReadonlyArray<BoothLine>
  /** The title scenarios of the single championship; null while worked out or when several. */
  readonly scenarios: ScenarioSummary | null
  /** Whether the scenarios count a running race (or an imagined one) as finished. */
  readonly projected: boolean
  /** Presentation mode: full screen, nothing but the boards (docs/dashboard.md#booth). */
  readonly present: boolean
}

/** The commentary-box screen: the leader, the battle and the gaps in the largest type. */
export function Booth({ boards, lines, scenarios, projected, present }: Props) {
  const single = boards.length === 1
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
              {scenarios.racesLeft === 0
                ? 'Season complete.'
                : `${formatPoints(scenarios.pointsLeft)} points still available to one driver (${countNoun(scenarios.racesLeft, 'race')}).`}
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
