import {
  broadcastCard,
  CARD_SIZES,
  type CardKind,
  type CardShape,
} from '../../export/broadcast-card.ts'
import { resultsGridCsvOf } from '../../export/results-grid-csv.ts'
import { CSV_CONTENTS, toStandingsCsv } from '../../export/standings-csv.ts'
import { toStandingsDocument } from '../../export/standings-document.ts'
import type { CardContent } from '../../model/card-content.ts'
import type { SeasonModel } from '../../model/season-model.ts'
import { downloadBlob, downloadText } from '../../ui/download.ts'
import { svgToPng } from './svg-to-png.ts'

/*
 * The export menu's actions, loaded when first used so the exporters stay out of the first load
 * (docs/performance.md#dashboard).
 */

export function standingsCsv(
  model: SeasonModel,
  step: number,
  ids: ReadonlyArray<string>,
  name: string,
): void {
  const raceIds = model.standings.calendar.map((race) => race.race.id)
  downloadText(
    name,
    'text/csv',
    toStandingsCsv([toStandingsDocument(model, step, ids, CSV_CONTENTS)], raceIds),
  )
}

export function standingsJson(
  model: SeasonModel,
  step: number,
  ids: ReadonlyArray<string>,
  name: string,
): void {
  downloadText(
    name,
    'application/json',
    `${JSON.stringify(toStandingsDocument(model, step, ids), null, 2)}\n`,
  )
}

export function gridCsv(model: SeasonModel, focus: string, step: number, name: string): void {
  downloadText(name, 'text/csv', resultsGridCsvOf(model, focus, step))
}

export async function cardPng(
  kind: CardKind,
  shape: CardShape,
  card: CardContent,
  name: string,
): Promise<void> {
  const { width, height } = CARD_SIZES[shape]
  downloadBlob(name, await svgToPng(broadcastCard(kind, shape, card), width, height))
}

export function cardSvg(kind: CardKind, shape: CardShape, card: CardContent, name: string): void {
  downloadText(name, 'image/svg+xml', broadcastCard(kind, shape, card))
}
