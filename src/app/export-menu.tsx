import { useState } from 'react'
import type { SeasonStandings } from '../engine/season-standings.ts'
import {
  broadcastCard,
  CARD_SIZES,
  type CardKind,
  type CardShape,
} from '../export/broadcast-card.ts'
import type { CardInput } from '../export/broadcast-card.ts'
import { toResultsGridCsv } from '../export/results-grid-csv.ts'
import { toStandingsCsv } from '../export/standings-csv.ts'
import { toStandingsDocument } from '../export/standings-document.ts'
import { downloadBlob, downloadText as download } from './download.ts'
import { svgToPng } from './svg-to-png.ts'

const KINDS: ReadonlyArray<CardKind> = ['standings', 'gap', 'h2h', 'clinch']
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
  card,
  overlayHref,
}: {
  readonly standings: SeasonStandings
  readonly selection: Selection
  /** "live" or "hypothetical" when the numbers are not results. */
  readonly marking: string | null
  /** The broadcast card data for the view on screen; null when there is nothing to show. */
  readonly card: CardInput | null
  /** The address of the streaming overlay showing `kind`. */
  readonly overlayHref: (kind: CardKind) => string
}) {
  const [kind, setKind] = useState<CardKind>('standings')
  const [shape, setShape] = useState<CardShape>('wide')
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
        {card !== null && (
          <fieldset className="card-export">
            <legend>Broadcast graphic</legend>
            <label className="field">
              <span>Card</span>
              <select
                value={kind}
                onChange={(e) =>
                  setKind(KINDS.find((k) => k === e.currentTarget.value) ?? 'standings')
                }
              >
                <option value="standings">Standings</option>
                <option value="gap">Gap chart</option>
                <option value="h2h">Head-to-head</option>
                <option value="clinch">Clinch card</option>
              </select>
            </label>
            <label className="field">
              <span>Shape</span>
              <select
                value={shape}
                onChange={(e) => setShape(e.currentTarget.value === 'square' ? 'square' : 'wide')}
              >
                <option value="wide">16:9 (1920×1080)</option>
                <option value="square">Square (1080×1080)</option>
              </select>
            </label>
            <button
              type="button"
              onClick={() => {
                const { width, height } = CARD_SIZES[shape]
                void svgToPng(broadcastCard(kind, shape, card), width, height).then((blob) =>
                  downloadBlob(`${base}-${kind}-${shape}.png`, blob),
                )
              }}
            >
              PNG
            </button>
            <button
              type="button"
              onClick={() =>
                download(
                  `${base}-${kind}-${shape}.svg`,
                  'image/svg+xml',
                  broadcastCard(kind, shape, card),
                )
              }
            >
              SVG
            </button>
            <a href={overlayHref(kind)} target="_blank" rel="noreferrer">
              Open as overlay
            </a>
          </fieldset>
        )}
      </div>
    </details>
  )
}
