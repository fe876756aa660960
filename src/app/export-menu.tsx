import type { SeasonStandings } from '../engine/season-standings.ts'
import { toResultsGridCsv } from '../export/results-grid-csv.ts'
import { toStandingsCsv } from '../export/standings-csv.ts'
import { toStandingsDocument } from '../export/standings-document.ts'
import { downloadText as download } from './download.ts'
import type { Selection } from './resolve-selection.ts'

/**
 * Downloads of what is on screen, made in the browser from the same engine output: the
 * standings as CSV (spreadsheet-safe) and JSON (the CLI's document), and the results grid as CSV.
 * A projection says so in the file name.
 */
export function ExportMenu({
  standings,
  selection,
  marking,
}: {
  readonly standings: SeasonStandings
  readonly selection: Selection
  /** "live" or "hypothetical" when the numbers are not results. */
  readonly marking: string | null
}) {
  const { step, focus } = selection
  if (step < 0 || focus === null) return null
  const race = standings.scored[step]?.race.race.id ?? ''
  const ids =
    selection.champ === 'all'
      ? selection.classChampionships.map((p) => p.championship.id)
      : [focus.championship.id]
  const base = `${standings.season.series.id}-${standings.season.season}-${selection.champ}-after-${race}${marking === null ? '' : `-${marking}`}`
  const document = () => toStandingsDocument(standings, step, ids)
  const raceIds = standings.calendar.map((r) => r.race.id)
  return (
    <details className="export-menu">
      <summary>Export</summary>
      <div className="export-buttons">
        <button
          type="button"
          onClick={() => download(`${base}.csv`, 'text/csv', toStandingsCsv([document()], raceIds))}
        >
          Standings CSV
        </button>
        <button
          type="button"
          onClick={() =>
            download(`${base}.json`, 'application/json', `${JSON.stringify(document(), null, 2)}\n`)
          }
        >
          Standings JSON
        </button>
        <button
          type="button"
          onClick={() =>
            download(
              `${base}-grid.csv`,
              'text/csv',
              toResultsGridCsv(focus, step, standings.calendar),
            )
          }
        >
          Results grid CSV
        </button>
      </div>
    </details>
  )
}
