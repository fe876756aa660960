import type { SeasonModel } from '../model/season-model.ts'
import { leaderColumn, weekendColumn } from '../model/permutations-table.ts'
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
      const headers = [leaderColumn(view), 'Clinches', ...view.rivals.map((r) => r.name)]
      const align: ReadonlyArray<Align> = headers.map(() => 'left')
      const rows = view.rows.map((row) => [row.result, row.clinches, ...row.cells])
      const weekend =
        view.weekend === null
          ? []
          : [
              formatTextTable(
                [
                  weekendColumn(view, view.weekend.races),
                  'Clinches',
                  ...view.rivals.map((r) => r.name),
                ],
                view.weekend.rows.map((row) => [row.result, row.clinches, ...row.cells]),
                align,
              ),
            ]
      const lines = view.rivals.flatMap((r) => (r.line === null ? [] : [`  ${r.name}: ${r.line}`]))
      return [
        `${championship.name}\n  ${sentence}`,
        formatTextTable(headers, rows, align),
        ...weekend,
        ...(lines.length > 0 ? [lines.join('\n')] : []),
      ].join('\n\n')
    })
  return [heading, ...parts].join('\n\n') + '\n'
}
