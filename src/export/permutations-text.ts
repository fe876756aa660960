import type { SeasonModel } from '../model/season-model.ts'
import { NO_MATTER, NO_MATTER_LEGEND } from '../model/permutation-words.ts'
import { leaderColumn, weekendColumn } from '../model/permutations-table.ts'
import type { PermutationsViewRow } from '../model/permutations-view-row.ts'
import { outlookOf, permutationsOf } from '../model/season-scenarios.ts'
import { formatTextTable, type Align } from './text-table.ts'

/**
 * The championship permutations as aligned text for a terminal (`pitboard permutations`): per
 * championship the sentence, then the table the Permutations view shows, and each rival's line.
 */
export function toPermutationsText(
  model: SeasonModel,
  step: number,
  only: ReadonlyArray<string>,
): string {
  const { standings } = model
  const after = standings.scored[step]?.race
  const heading = `${standings.season.series.name} ${standings.season.season} — championship permutations after ${after?.label ?? ''}`
  const parts = standings.championships
    .map((p) => p.championship)
    .filter((c) => only.length === 0 || only.includes(c.id))
    .map((championship) => {
      const sentence = outlookOf(model, championship.id, step)?.sentence ?? 'No table yet.'
      const view = permutationsOf(model, championship.id, step)
      if (view === null) return `${championship.name}\n  ${sentence}`
      const names = view.rivals.map((r) => r.name)
      const weekend =
        view.weekend === null
          ? []
          : [tableText(weekendColumn(view, view.weekend.races), names, view.weekend.rows)]
      const lines = view.rivals.flatMap((r) => (r.line === null ? [] : [`  ${r.name}: ${r.line}`]))
      return [
        `${championship.name}\n  ${sentence}`,
        tableText(leaderColumn(view), names, view.rows),
        ...weekend,
        ...(lines.length > 0 ? [lines.join('\n')] : []),
      ].join('\n\n')
    })
  return [heading, ...parts].join('\n\n') + '\n'
}

/** One table as text, with the line saying what "—" means under it when a cell has one. */
function tableText(
  column: string,
  rivals: ReadonlyArray<string>,
  rows: ReadonlyArray<PermutationsViewRow>,
): string {
  const headers = [column, 'Clinches', ...rivals]
  const align: ReadonlyArray<Align> = headers.map(() => 'left')
  const table = formatTextTable(
    headers,
    rows.map((row) => [row.result, row.clinches, ...row.cells]),
    align,
  )
  return rows.some((row) => row.cells.includes(NO_MATTER)) ? `${table}\n${NO_MATTER_LEGEND}` : table
}
