import type { ChampionshipProgression } from '../engine/progression.ts'
import type { SeasonStandings } from '../engine/season-standings.ts'
import {
  broadcastCard,
  CARD_SIZES,
  type CardInput,
  type CardKind,
  type CardShape,
} from '../export/broadcast-card.ts'
import { toResultsGridCsv } from '../export/results-grid-csv.ts'
import { toStandingsCsv } from '../export/standings-csv.ts'
import { toStandingsDocument } from '../export/standings-document.ts'
import { downloadBlob, downloadText } from './download.ts'
import { svgToPng } from './svg-to-png.ts'

/*
 * The export menu's actions, loaded when first used so the exporters stay out of the first load
 * (docs/performance.md#dashboard).
 */

export function standingsCsv(
  standings: SeasonStandings,
  step: number,
  ids: ReadonlyArray<string>,
  name: string,
): void {
  const raceIds = standings.calendar.map((race) => race.race.id)
  downloadText(
    name,
    'text/csv',
    toStandingsCsv([toStandingsDocument(standings, step, ids)], raceIds),
  )
}

export function standingsJson(
  standings: SeasonStandings,
  step: number,
  ids: ReadonlyArray<string>,
  name: string,
): void {
  downloadText(
    name,
    'application/json',
    `${JSON.stringify(toStandingsDocument(standings, step, ids), null, 2)}\n`,
  )
}

export function gridCsv(
  standings: SeasonStandings,
  focus: ChampionshipProgression,
  step: number,
  name: string,
): void {
  downloadText(name, 'text/csv', toResultsGridCsv(focus, step, standings.calendar))
}

export async function cardPng(
  kind: CardKind,
  shape: CardShape,
  card: CardInput,
  name: string,
): Promise<void> {
  const { width, height } = CARD_SIZES[shape]
  downloadBlob(name, await svgToPng(broadcastCard(kind, shape, card), width, height))
}

export function cardSvg(kind: CardKind, shape: CardShape, card: CardInput, name: string): void {
  downloadText(name, 'image/svg+xml', broadcastCard(kind, shape, card))
}
