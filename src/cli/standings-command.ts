import { formatFault } from '../data/fault.ts'
import type { SeasonStandings } from '../engine/season-standings.ts'
import { buildSeasonModel } from '../model/season-model.ts'
import { resultsGridCsvOf } from '../export/results-grid-csv.ts'
import { toStandingsCsv } from '../export/standings-csv.ts'
import { toStandingsDocument, writeStandingsJson } from '../export/standings-document.ts'
import { toStandingsText } from '../export/standings-text.ts'
import { loadSeasonFolder } from './load-season.ts'
import { UsageError, type Command } from './parse-args.ts'

type StandingsCommand = Extract<Command, { name: 'standings' }>

/**
 * `pitboard standings <folder>`: the standings after the latest race with results, after
 * --after, or after every race. Faults in the data are reported on stderr and the races they
 * affect are named in the output; the rest of the season is still printed.
 */
export async function runStandings(
  command: StandingsCommand,
  print: (text: string) => void,
  warn: (line: string) => void,
  /** Standard output: whether it is a terminal, and how to write to it as it is. */
  output: { readonly terminal: boolean; readonly write: (text: string) => void } = {
    terminal: false,
    write: print,
  },
): Promise<number> {
  const check = await loadSeasonFolder(command.folder)
  for (const fault of check.faults) warn(`error: ${formatFault(fault)}`)
  const failure = check.unreadable.length > 0 ? 2 : check.faults.length > 0 ? 1 : 0
  if (check.season === null) return failure
  for (const [id, reasons] of check.unavailableChampionships) {
    warn(`championship "${id}" is left out: ${reasons.join('; ')}`)
  }
  // Results only: a live running order is named as not counted, never read as a result.
  const model = buildSeasonModel({ season: check.season, files: check.files, projectLive: false })
  const { standings } = model
  const known = standings.championships.map((p) => p.championship.id)
  for (const id of command.championships) {
    if (!known.includes(id))
      throw new UsageError(`unknown championship "${id}" (this season has: ${known.join(', ')})`)
  }
  if (standings.scored.length === 0) {
    warn(`${command.folder}: no race has results yet`)
    return failure
  }
  const steps = command.everyRace
    ? standings.scored.map((_, i) => i)
    : [command.after === null ? standings.scored.length - 1 : stepAfter(standings, command.after)]
  // One model for every step: its scenarios walk the season forward once (--every-race).
  const withRaces = command.format !== 'table'
  const documents = () =>
    steps.map((step) => toStandingsDocument(model, step, command.championships, withRaces))
  const lastStep = steps.at(-1) ?? 0
  switch (command.format) {
    case 'json':
      // Indented for a person at a terminal; compact, and written a standing at a time, for a
      // pipe or a file (less than half the size, and never one string in memory).
      if (output.terminal)
        print(`${JSON.stringify(command.everyRace ? documents() : documents()[0], null, 2)}\n`)
      else {
        const out = chunked(output.write)
        writeStandingsJson(model, steps, command.everyRace, command.championships, out.write)
        out.write('\n')
        out.flush()
      }
      break
    case 'csv':
      print(
        toStandingsCsv(
          documents(),
          standings.scored.slice(0, lastStep + 1).map((s) => s.race.race.id),
        ),
      )
      break
    case 'table':
      print(
        documents()
          .map((d) => toStandingsText(d, standings.season.series.name))
          .join('\n'),
      )
      break
    case 'grid-csv':
      // One grid per championship, each with its header line, after the last step asked for.
      print(
        standings.championships
          .filter(
            (p) =>
              command.championships.length === 0 ||
              command.championships.includes(p.championship.id),
          )
          .map((p) =>
            resultsGridCsvOf(model, p.championship.id, lastStep).replace(
              /^position,/,
              `${p.championship.id},`,
            ),
          )
          .join(''),
      )
      break
  }
  return failure
}

/** The progression step for "after race `id`": the latest scored race at or before it. */
function stepAfter(standings: SeasonStandings, id: string): number {
  const race = standings.calendar.find((r) => r.race.id === id)
  if (race === undefined) {
    throw new UsageError(
      `--after: "${id}" is not a race of this season (${standings.calendar.map((r) => r.race.id).join(', ')})`,
    )
  }
  const state = standings.races[race.index]
  const last = standings.scored.at(-1)
  if (state?.kind !== 'scored' && state?.kind !== 'invalid') {
    throw new UsageError(
      `--after: race ${id} has no results yet (latest with results: ${last?.race.race.id ?? 'none'})`,
    )
  }
  const step = standings.scored.findLastIndex((s) => s.race.index <= race.index)
  if (step < 0) throw new UsageError(`--after: no race up to ${id} has valid results`)
  return step
}

/** Gathers small pieces of text into writes of about a megabyte. */
function chunked(write: (text: string) => void) {
  let parts: Array<string> = []
  let size = 0
  const flush = () => {
    if (parts.length > 0) write(parts.join(''))
    parts = []
    size = 0
  }
  return {
    write: (text: string) => {
      parts.push(text)
      size += text.length
      if (size >= 1 << 20) flush()
    },
    flush,
  }
}
