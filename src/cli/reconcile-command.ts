import { readFileSync } from 'node:fs'
import { countsRace } from '../engine/eligibility.ts'
import { standingsAt } from '../engine/standings.ts'
import { parsePointsSheet } from '../import/alkamel-points.ts'
import { reconcile } from '../import/reconcile.ts'
import { reconciliationLines } from '../import/reconcile-text.ts'
import { raceName } from '../model/race-name.ts'
import { loadSeasonModel } from './load-season-model.ts'
import { UsageError, type Command } from './parse-args.ts'
import { sheetChampionship } from '../import/sheet-championship.ts'

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
  const { standings } = model
  const championships = standings.championships.map((p) => p.championship)
  const picked = sheetChampionship(championships, sheet.value.title, command.championships)
  if ('error' in picked) throw new UsageError(picked.error)
  const progression = standings.championships.find((p) => p.championship.id === picked.id)
  if (progression === undefined) return 1
  const rows = standingsAt(progression, progression.steps.length - 1)
  const calendar = standings.calendar.map((r) => r.race.id)
  const races = standings.calendar
    .filter((r) => countsRace(progression.championship, r.race.id))
    .map((r) => r.race.id)
  const result = reconcile(rows, races, calendar, sheet.value)
  const label = (id: string) => {
    const race = standings.calendar.find((r) => r.race.id === id)
    return race === undefined ? id : raceName(race)
  }
  for (const line of reconciliationLines(result, sheet.value, picked.name, label)) print(line)
  return result.differences.length > 0 ? 1 : failure
}
