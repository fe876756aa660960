import { toPermutationsDocument } from '../export/permutations-document.ts'
import { toPermutationsText } from '../export/permutations-text.ts'
import { loadSeasonModel, stepAfter } from './load-season-model.ts'
import type { Command } from './parse-args.ts'

type PermutationsCommand = Extract<Command, { name: 'permutations' }>

/**
 * `pitboard permutations <folder>`: the championship permutations of the race after the latest
 * one with results (or after --after), as a table or as JSON (docs/cli.md#permutations).
 */
export async function runPermutations(
  command: PermutationsCommand,
  print: (text: string) => void,
  warn: (line: string) => void,
): Promise<number> {
  const { model, failure } = await loadSeasonModel(command.folder, command.championships, warn)
  if (model === null) return failure
  const { standings } = model
  const step =
    command.after === null ? standings.scored.length - 1 : stepAfter(standings, command.after)
  print(
    command.format === 'json'
      ? `${JSON.stringify(toPermutationsDocument(model, step, command.championships), null, 2)}\n`
      : toPermutationsText(model, step, command.championships),
  )
  return failure
}
