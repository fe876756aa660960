import type { StandingRow } from '../../engine/standings.ts'
import { boothLines } from '../../model/booth-lines.ts'
import { countNoun } from '../../model/count-noun.ts'
import { formatGap, formatPoints } from '../../model/format-points.ts'
import { scenarioRowsById, type ScenarioSummary } from '../../model/scenario-summary.ts'

interface Props {
  readonly championship: string
  readonly after: string
  readonly rows: ReadonlyArray<StandingRow>
  readonly racesRun: number
  /** The title scenarios; null while they are being worked out. */
  readonly scenarios: ScenarioSummary | null
  /** Points gained or lost against the standings before the live race, by entry (live mode). */
  readonly liveDelta: ReadonlyMap<string, number> | null
}

/** The commentary-box screen: big type, one class, the numbers a commentator reads out. */
export function Booth(props: Props) {
  const { rows, scenarios } = props
  const leader = rows[0]
  const byId = scenarios === null ? null : scenarioRowsById(scenarios)
  const lines = boothLines(props.championship, rows, props.racesRun, scenarios)
  return (
    <section className="booth" aria-label="Commentator view">
      <p className="booth-after">
        {props.championship} · {props.after}
      </p>
      {leader !== undefined && (
        <p className="booth-leader">
          <span className="booth-name">{leader.name}</span>{' '}
          <span className="booth-points">{formatPoints(leader.points)}</span>
        </p>
      )}
      <ol className="booth-gaps" aria-label="Gaps of the top five">
        {rows.slice(1, 5).map((row) => {
          const delta = props.liveDelta?.get(row.id)
          return (
            <li key={row.id}>
              <span className="booth-pos">{row.position}</span>{' '}
              <span className="booth-name">{row.name}</span>{' '}
              <span className="booth-gap">{formatGap(row.gapToLeader)}</span>
              {byId?.get(row.id)?.status === 'eliminated' && (
                <span className="booth-out"> out of the title fight</span>
              )}
              {delta !== undefined && delta !== 0 && (
                <span className="booth-delta">
                  {' '}
                  ({delta > 0 ? '+' : ''}
                  {formatPoints(delta)} live)
                </span>
              )}
            </li>
          )
        })}
      </ol>
      {scenarios === null ? (
        <p className="booth-available muted">Working out the title picture…</p>
      ) : (
        <p className="booth-available">
          {scenarios.racesLeft === 0
            ? 'Season complete.'
            : `${formatPoints(scenarios.pointsLeft)} points still available to one driver (${countNoun(scenarios.racesLeft, 'race')}).`}
        </p>
      )}
      {scenarios?.outlook != null && <p className="booth-outlook">{scenarios.outlook.sentence}</p>}
      <ul className="booth-lines" aria-label="Lines to read out">
        {lines.map((line) => (
          <li key={line}>
            <span>{line}</span>{' '}
            <button
              type="button"
              onClick={() => void navigator.clipboard?.writeText(line)}
              aria-label={`Copy: ${line}`}
            >
              Copy
            </button>
          </li>
        ))}
      </ul>
      <p className="muted">Keys: 1–9 championship · ← → race</p>
    </section>
  )
}
