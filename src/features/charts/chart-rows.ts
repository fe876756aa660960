import type { ChartLine } from '../../model/chart-lines.ts'

/** Rows for the chart library: one per step, `label` plus one key per line id. */
export function chartRows(
  labels: ReadonlyArray<string>,
  lines: ReadonlyArray<ChartLine>,
): ReadonlyArray<Readonly<Record<string, string | number | null>>> {
  return labels.map((label, step) => {
    const row: Record<string, string | number | null> = { label }
    for (const line of lines) row[line.id] = line.values[step] ?? null
    return row
  })
}
