import type { ClinchOutlook } from '../../engine/clinch-conditions.ts'
import { formatPoints } from '../../engine/countback.ts'
import type { ScenarioRow } from '../../engine/scenarios.ts'
import type { StandingRow } from '../../engine/standings.ts'
import { formatGap } from '../../ui/format.ts'
import { boothLines } from './booth-lines.ts'

interface Props {
  readonly championship: string
  readonly after: string
  readonly rows: ReadonlyArray<StandingRow>
  readonly racesRun: number
  readonly racesLeft: number
  readonly maxPerRace: number
  readonly scenarios: ReadonlyMap<string, ScenarioRow> | null
  readonly outlook: ClinchOutlook | null
  /** Points gained or lost against the standings before the live race, by entry (live mode). */
  readonly liveDelta: ReadonlyMap<string, number> | null
}

function outlookText(outlook: ClinchOutlook | null, championship: string): string | null {
  if (outlook === null) return null
  switch (outlook.kind) {
    case 'clinched':
      return `${outlook.leader} has clinched the ${championship} title.`
    case 'no-races-left':
      return null
    case 'decided-later':
      return `${outlook.leader} cannot clinch the ${championship} title in ${outlook.race}.`
    case 'can-clinch':
      return outlook.sentence
  }
}

/** The commentary-box screen: big type, one class, the numbers a commentator reads out. */
export function BoothView(props: Props) {
  const { rows, scenarios } = props
  const leader = rows[0]
  const text = outlookText(props.outlook, props.championship)
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
              {scenarios?.get(row.id)?.status === 'eliminated' && (
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
      <p className="booth-available">
        {props.racesLeft === 0
          ? 'Season complete.'
          : `${formatPoints(props.racesLeft * props.maxPerRace)} points still available to one driver (${props.racesLeft} ${props.racesLeft === 1 ? 'race' : 'races'}).`}
      </p>
      {text !== null && <p className="booth-outlook">{text}</p>}
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
