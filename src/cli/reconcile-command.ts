import { readFileSync } from 'node:fs'
import { parsePointsSheet } from '../import/alkamel-points.ts'
import { reconcileSeason } from '../import/reconcile-season.ts'
import { loadSeasonModel } from './load-season-model.ts'
import { UsageError, type Command } from './parse-args.ts'

type ReconcileCommand = Extract<Command, { name: 'reconcile' }>

/**
 * `pitboard reconcile <folder> <points-sheet.json>`: the standings after the latest race with
 * results against an official points sheet, entry by entry and race by race
 * (docs/importing.md#reconcile). Exit 1 on any difference (or fault), 0 on none.
 */
export async function runReconcile(
  command: ReconcileCommand,
  print: (text: string) => void,
  warn: (line: string) => void,
): Promise<number> {
  let text: string
  try {
    text = readFileSync(command.sheet, 'utf8')
  } catch (error) {
    warn(
      `error: ${command.sheet}: cannot read it (${error instanceof Error ? error.message : String(error)})`,
    )
    return 2
  }
  const sheet = parsePointsSheet(text, command.sheet)
  if (!sheet.ok) {
    for (const fault of sheet.errors) warn(`error: ${fault}`)
    return 1
  }
  const { model, failure } = await loadSeasonModel(command.folder, command.championships, warn)
  if (model === null) return failure === 0 ? 1 : failure
  const reconciled = reconcileSeason(model.standings, sheet.value, command.championships)
  if ('error' in reconciled) throw new UsageError(reconciled.error)
  for (const line of reconciled.lines) print(line)
  return reconciled.result.differences.length > 0 ? 1 : failure
}
