import { formatPoints } from '../model/format-points.ts'
import type {
  ChampionshipDocument,
  DocumentContents,
  StandingsDocument,
} from './standings-document.ts'
import { formatTextTable, type Align } from './text-table.ts'

/** What the table reads of a document: neither the races nor the scenarios (docs/cli.md). */
export const TEXT_CONTENTS: DocumentContents = { races: false, scenarios: false }

/** The standings as aligned text for a terminal: one table per championship, notes below. */
export function toStandingsText(document: StandingsDocument, seriesName: string): string {
  const heading = `${seriesName} ${document.season} — standings after ${document.afterRace} (${document.afterRaceName})`
  const notCounted = document.notCounted.map(
    (race) => `  ! ${race.race} not counted: ${race.reason}`,
  )
  const tables = document.championships.map(championshipText)
  return [heading, ...notCounted, ...tables].join('\n\n') + '\n'
}

function championshipText(championship: ChampionshipDocument): string {
  const isDrivers = championship.kind === 'drivers'
  const hasDrops = championship.standings.some((line) => line.dropped.length > 0)
  const headers = [
    'Pos',
    '+/-',
    isDrivers ? 'Driver' : 'Team',
    ...(isDrivers ? ['Car', 'Team'] : []),
    'Pts',
    'Gap',
    'Next',
    'W',
    'Pod',
    'Pole',
    'FL',
    'St',
    ...(hasDrops ? ['Dropped'] : []),
  ]
  const align: ReadonlyArray<Align> = headers.map((h) =>
    ['Driver', 'Team', 'Dropped', '+/-'].includes(h) ? 'left' : 'right',
  )
  const notes: Array<string> = []
  const rows = championship.standings.map((line) => {
    const isShared = line.tieBreak?.kind === 'level'
    if (line.tieBreak !== null) notes.push(`  * ${line.name}: ${line.tieBreak.text}`)
    return [
      `${isShared ? '=' : ''}${line.position}`,
      change(line.previousPosition, line.position),
      `${line.name}${line.tieBreak === null ? '' : ' *'}`,
      ...(isDrivers ? [line.car ?? '', line.team ?? ''] : []),
      formatPoints(line.points),
      line.gapToLeader === 0 ? '-' : formatPoints(line.gapToLeader),
      line.gapToNext === 0 ? '-' : formatPoints(line.gapToNext),
      String(line.wins),
      String(line.podiums),
      String(line.poles),
      String(line.fastestLaps),
      String(line.starts),
      ...(hasDrops ? [line.dropped.join(' ')] : []),
    ]
  })
  const table = rows.length === 0 ? '  (no results yet)' : formatTextTable(headers, rows, align)
  const title =
    championship.statusNote === null
      ? championship.name
      : `${championship.name} — ${championship.statusNote}`
  return [title, table, ...notes].join('\n')
}

function change(previous: number | null, current: number): string {
  if (previous === null) return 'new'
  if (previous === current) return '='
  return previous > current ? `+${previous - current}` : `-${current - previous}`
}
