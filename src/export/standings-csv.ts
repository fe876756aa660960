import { toCsv } from './csv-cell.ts'
import type { DocumentContents, StandingsDocument } from './standings-document.ts'

/** What the CSV reads of a document: each standing's races, and no scenario (none is a column). */
export const CSV_CONTENTS: DocumentContents = { races: true, scenarios: false }

const COLUMNS = [
  'afterRace',
  'championship',
  'position',
  'previousPosition',
  'id',
  'name',
  'car',
  'team',
  'points',
  'gapToLeader',
  'gapToNext',
  'wins',
  'podiums',
  'poles',
  'fastestLaps',
  'starts',
  'dnfs',
  'bestFinish',
  'pointsBeforeDrops',
  'adjustments',
  'dropped',
  'tieBreak',
  'status',
] as const

/**
 * One CSV row per standings line (one block per race with --every-race), then the points the
 * entry scored in each race, one column per race id (empty = no result).
 */
export function toStandingsCsv(
  documents: ReadonlyArray<StandingsDocument>,
  raceIds: ReadonlyArray<string>,
): string {
  const rows = documents.flatMap((document) =>
    document.championships.flatMap((championship) =>
      championship.standings.map((line) => {
        const pointsByRace = new Map(line.races.map((race) => [race.race, race.points]))
        return [
          document.afterRace,
          championship.id,
          line.position,
          line.previousPosition,
          line.id,
          line.name,
          line.car,
          line.team,
          line.points,
          line.gapToLeader,
          line.gapToNext,
          line.wins,
          line.podiums,
          line.poles,
          line.fastestLaps,
          line.starts,
          line.dnfs,
          line.bestFinish,
          line.pointsBeforeDrops,
          line.adjustments,
          line.dropped.join(' '),
          line.tieBreak?.text ?? null,
          championship.status,
          ...raceIds.map((id) => pointsByRace.get(id) ?? null),
        ]
      }),
    ),
  )
  return toCsv([[...COLUMNS, ...raceIds], ...rows])
}
