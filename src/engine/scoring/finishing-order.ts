import type { ResultRow } from '../types.ts'

/** Classified rows by position, then the others by car number, whatever the file's order. */
export function toFinishingOrder(rows: ReadonlyArray<ResultRow>): ReadonlyArray<ResultRow> {
  let sorted = true
  let seenUnclassified = false
  let last = 0
  for (const row of rows) {
    if (row.status === 'classified') {
      if (seenUnclassified || row.position < last) sorted = false
      last = row.position
    } else seenUnclassified = true
  }
  if (sorted && !seenUnclassified) return rows
  const classified = rows.filter((row) => row.status === 'classified')
  const others = rows.filter((row) => row.status !== 'classified')
  return [
    ...(sorted ? classified : classified.toSorted((a, b) => (a.position ?? 0) - (b.position ?? 0))),
    ...others.toSorted((a, b) => (a.car < b.car ? -1 : a.car > b.car ? 1 : 0)),
  ]
}
