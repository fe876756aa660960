import { resultsGridCsvOf } from '../export/results-grid-csv.ts'
import { CSV_CONTENTS, toStandingsCsv } from '../export/standings-csv.ts'
import {
  EVERYTHING,
  toStandingsDocument,
  writeStandingsJson,
  type DocumentContents,
} from '../export/standings-document.ts'
import { TEXT_CONTENTS, toStandingsText } from '../export/standings-text.ts'
import { loadSeasonModel, stepAfter } from './load-season-model.ts'
import type { Command } from './parse-args.ts'

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
  const loaded = await loadSeasonModel(command.folder, command.championships, warn)
  if (loaded.model === null) return loaded.failure
  const { model, failure } = loaded
  const { standings } = model
  const steps = command.everyRace
    ? standings.scored.map((_, i) => i)
    : [command.after === null ? standings.scored.length - 1 : stepAfter(standings, command.after)]
  // One model for every step: its scenarios walk the season forward once (--every-race).
  // Each form reads what it shows: the table and the CSV never compute the scenarios.
  const documents = (contents: DocumentContents) =>
    steps.map((step) => toStandingsDocument(model, step, command.championships, contents))
  const lastStep = steps.at(-1) ?? 0
  switch (command.format) {
    case 'json':
      // Indented for a person at a terminal; compact, and written a standing at a time, for a
      // pipe or a file (less than half the size, and never one string in memory).
      if (output.terminal) {
        const all = documents(EVERYTHING)
        print(`${JSON.stringify(command.everyRace ? all : all[0], null, 2)}\n`)
      } else {
        const out = chunked(output.write)
        writeStandingsJson(model, steps, command.everyRace, command.championships, out.write)
        out.write('\n')
        out.flush()
      }
      break
    case 'csv':
      print(
        toStandingsCsv(
          documents(CSV_CONTENTS),
          standings.scored.slice(0, lastStep + 1).map((s) => s.race.race.id),
        ),
      )
      break
    case 'table':
      print(
        documents(TEXT_CONTENTS)
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
