import type { CalendarRace } from '../engine/scoring/calendar.ts'
import type { EntryRace } from '../engine/scoring/entry-race.ts'
import type { StandingRow } from '../engine/scoring/standings.ts'
import { resultCell } from '../model/result-cell.ts'
import type { SeasonModel } from '../model/season-model.ts'
import { toCsv } from './csv-cell.ts'

/** A result as the grid writes it (model/result-cell.ts), with P and F, dropped in brackets. */
function cellOf(result: EntryRace | undefined, dropped: boolean): string {
  if (result === undefined) return ''
  const cell = resultCell(result, dropped, '')
  const text = `${cell.text}${cell.pole ? ' P' : ''}${cell.fastestLap ? ' F' : ''}`
  return dropped ? `(${text})` : text
}

/**
 * The results grid as CSV (docs/cli.md#csv): one row per entry in standings order, one column
 * per race with the grid's text (place, code, or the points a sheet or a team scored), P and F
 * for pole and fastest lap, dropped results in brackets, then the points. Spreadsheet-safe cells.
 */
export function toResultsGridCsv(
  rows: ReadonlyArray<StandingRow>,
  calendar: ReadonlyArray<CalendarRace>,
  /** Calendar index of the race the standings are after: later races are left out. */
  lastIndex: number,
): string {
  const races = calendar.filter((race) => race.index <= lastIndex)
  return toCsv([
    ['position', 'id', 'name', ...races.map((race) => race.race.id), 'points'],
    ...rows.map((row) => {
      const results = new Map(row.races.map((result) => [result.raceIndex, result]))
      const dropped = new Set(row.dropped)
      return [
        row.position,
        row.id,
        row.name,
        ...races.map((race) => cellOf(results.get(race.index), dropped.has(race.race.id))),
        row.points,
      ]
    }),
  ])
}

/** The results grid of one championship of the model after progression step `step`. */
export function resultsGridCsvOf(model: SeasonModel, championship: string, step: number): string {
  return toResultsGridCsv(
    model.championship(championship)?.table(step) ?? [],
    model.standings.calendar,
    model.standings.scored[step]?.race.index ?? -1,
  )
}
