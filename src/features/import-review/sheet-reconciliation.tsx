import '../../ui/view-controls.css'
import './import-review.css'
import { useMemo, useState } from 'react'
import type { SeasonStandings } from '../../engine/scoring/season-standings.ts'
import { parsePointsSheet } from '../../import/alkamel-points.ts'
import { reconcileSeason } from '../../import/reconcile-season.ts'

interface Props {
  readonly fileName: string
  readonly text: string
  readonly standings: SeasonStandings
  readonly onClose: () => void
}

/**
 * An official points sheet opened in the dashboard (docs/importing.md#reconcile): the same
 * comparison `pitboard reconcile` prints, for the championship the sheet is of (or the one
 * picked), read here and never uploaded.
 */
export function SheetReconciliation({ fileName, text, standings, onClose }: Props) {
  const [picked, setPicked] = useState<string | null>(null)
  const sheet = useMemo(() => parsePointsSheet(text, fileName), [text, fileName])
  const reconciled = useMemo(
    () =>
      sheet.ok ? reconcileSeason(standings, sheet.value, picked === null ? [] : [picked]) : null,
    [sheet, standings, picked],
  )
  const championships = standings.championships.map((p) => p.championship)
  const current = reconciled !== null && !('error' in reconciled) ? reconciled.championship.id : ''
  const [headline, ...differences] =
    reconciled !== null && !('error' in reconciled) ? reconciled.lines : []
  return (
    <section className="import-review" aria-label="Official points sheet">
      <h2>Official points sheet {fileName}</h2>
      <p className="muted">Read here, in your browser: nothing is uploaded.</p>
      {!sheet.ok ? (
        <ul role="alert" className="faults">
          {sheet.errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      ) : (
        <>
          <div className="toolbar">
            <label className="field">
              <span>Championship</span>
              <select value={current} onChange={(e) => setPicked(e.currentTarget.value)}>
                {current === '' && <option value="">Pick the sheet's championship</option>}
                {championships.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {reconciled !== null && 'error' in reconciled ? (
            <p role="alert">{reconciled.error}</p>
          ) : (
            <>
              <p className={differences.length === 0 ? 'reconcile-equal' : 'reconcile-differs'}>
                {headline}
              </p>
              {differences.length > 0 && (
                <ul className="reconcile-differences">
                  {differences.map((line) => (
                    <li key={line}>{line.trim()}</li>
                  ))}
                </ul>
              )}
            </>
          )}
        </>
      )}
      <div className="toolbar">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </section>
  )
}
