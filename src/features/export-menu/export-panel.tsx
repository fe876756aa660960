import './export-panel.css'
import { useState } from 'react'
import type { ChampionshipProgression } from '../../engine/scoring/progression.ts'
import {
  CARD_KINDS,
  type CardKind,
  type CardShape,
  type OverlayFrame,
} from '../../export/card-kinds.ts'
import type { CardContent } from '../../model/card-content.ts'
import type { SeasonModel } from '../../model/season-model.ts'
import { retryableImport } from '../../data/retryable-import.ts'
import type * as ExportActionsModule from './export-actions.ts'

type ExportActions = typeof ExportActionsModule

// The file makers load on the first export; a failed load is fetched afresh on the next.
const actions = retryableImport(() => import('./export-actions.ts'))

const SHAPES: ReadonlyArray<CardShape> = ['wide', 'square', 'lower-third']

/** The part of the app's selection an export reads. */
interface ExportSelection {
  /** "all" or the championship id shown. */
  readonly champ: string
  readonly classChampionships: ReadonlyArray<ChampionshipProgression>
  readonly focus: ChampionshipProgression | null
  readonly step: number
}

export interface ExportMenuProps {
  readonly model: SeasonModel
  /** What the address shows (the app's resolved selection). */
  readonly selection: ExportSelection
  /** "live", "provisional" or "hypothetical" when the numbers are not official results. */
  readonly marking: string | null
  /** Builds the broadcast card data for the view on screen, when a card is asked for. */
  readonly card: () => Promise<CardContent | null>
  /** The address of the streaming overlay showing `kind`, full frame or as a lower third. */
  readonly overlayHref: (kind: CardKind, frame: OverlayFrame) => string
}

/**
 * Downloads of what is on screen, made in the browser from the same engine output: the
 * standings as CSV (spreadsheet-safe) and JSON (the CLI's document), and the results grid as CSV.
 * A projection says so in the file name. Loaded when the menu is first opened (export-menu.tsx).
 */
export function ExportPanel({ model, selection, marking, card, overlayHref }: ExportMenuProps) {
  const [kind, setKind] = useState<CardKind>('standings')
  // Why the last export failed, said in the menu (it was an unhandled rejection).
  const [failure, setFailure] = useState<string | null>(null)
  const [shape, setShape] = useState<CardShape>('wide')
  const { step, focus } = selection
  const { standings } = model
  if (step < 0 || focus === null) return null
  const race = standings.scored[step]?.race.race.id ?? ''
  const ids =
    selection.champ === 'all'
      ? selection.classChampionships.map((p) => p.championship.id)
      : [focus.championship.id]
  // All classes says so in the file name: the files hold every class (docs/exporting.md).
  const champ = selection.champ === 'all' ? 'all-classes' : selection.champ
  const base = `${standings.season.series.id}-${standings.season.season}-${champ}-after-${race}${marking === null ? '' : `-${marking}`}`
  // The card is built only when one is asked for, not on every render of the view.
  const withCard = async (run: (a: ExportActions, input: CardContent) => unknown) => {
    const input = await card()
    if (input !== null) await run(await actions(), input)
  }
  const attempt = (work: () => Promise<unknown>) => {
    setFailure(null)
    work().catch((error: unknown) =>
      setFailure(
        `The export failed: ${error instanceof Error ? error.message : String(error)}. Try again, or another format.`,
      ),
    )
  }
  // A download made from the export code, its failure said in the menu.
  const run = (work: (a: ExportActions) => unknown) => attempt(() => actions().then(work))
  return (
    <div className="export-buttons">
      {failure !== null && <p role="alert">{failure}</p>}
      <button
        type="button"
        onClick={() => run((a) => a.standingsCsv(model, step, ids, `${base}.csv`))}
      >
        Standings CSV
      </button>
      <button
        type="button"
        onClick={() => run((a) => a.standingsJson(model, step, ids, `${base}.json`))}
      >
        Standings JSON
      </button>
      <button
        type="button"
        onClick={() =>
          run((a) => a.gridCsv(model, focus.championship.id, step, `${base}-grid.csv`))
        }
      >
        Results grid CSV
      </button>
      <fieldset className="card-export">
        <legend>Broadcast graphic</legend>
        <label className="field">
          <span>Card</span>
          <select
            value={kind}
            onChange={(e) =>
              setKind(CARD_KINDS.find((k) => k === e.currentTarget.value) ?? 'standings')
            }
          >
            <option value="standings">Standings</option>
            <option value="gap">Gap chart</option>
            <option value="h2h">Head-to-head</option>
            <option value="clinch">Clinch card</option>
            <option value="permutations">Permutations</option>
          </select>
        </label>
        <label className="field">
          <span>Shape</span>
          <select
            value={shape}
            onChange={(e) => setShape(SHAPES.find((s) => s === e.currentTarget.value) ?? 'wide')}
          >
            <option value="wide">16:9 (1920×1080)</option>
            <option value="square">Square (1080×1080)</option>
            <option value="lower-third">Lower third (1920×1080)</option>
          </select>
        </label>
        <button
          type="button"
          onClick={() =>
            attempt(() =>
              withCard((a, input) => a.cardPng(kind, shape, input, `${base}-${kind}-${shape}.png`)),
            )
          }
        >
          PNG
        </button>
        <button
          type="button"
          onClick={() =>
            attempt(() =>
              withCard((a, input) => a.cardSvg(kind, shape, input, `${base}-${kind}-${shape}.svg`)),
            )
          }
        >
          SVG
        </button>
        <a
          href={overlayHref(kind, shape === 'lower-third' ? 'lower-third' : 'full')}
          target="_blank"
          rel="noreferrer"
        >
          Open as overlay
        </a>
      </fieldset>
    </div>
  )
}
