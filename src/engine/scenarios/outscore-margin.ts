import type { PermutationTable } from './permutations.ts'

/**
 * By how many points the leader must outscore one rival in the next race to put it out of
 * reach (docs/scoring-rules.md#permutations): the fewest points `by` such that every result in
 * which the leader scores at least `by` more than the rival leaves the rival unable to catch
 * up. `exact` when the converse holds too: with any smaller margin the rival stays in it
 * ("Leclerc is out if Verstappen outscores him by 8 points"; published tables say it so).
 * Null when points are not whole numbers.
 */
export function outscoreMargin(
  table: Pick<PermutationTable, 'rows'>,
  rival: number,
): { readonly by: number; readonly exact: boolean } | null {
  let worst = Number.NEGATIVE_INFINITY
  for (const row of table.rows) {
    const limit = row.limits[rival]
    if (limit === undefined || !Number.isInteger(row.leader.points)) return null
    if (limit.kind !== 'any') worst = Math.max(worst, row.leader.points - limit.minStopping)
  }
  if (worst === Number.NEGATIVE_INFINITY) return null
  if (!Number.isInteger(worst)) return null
  const by = worst + 1
  // Exact: every result the row allows the rival is one the margin allows too.
  const exact = table.rows.every((row) => {
    const limit = row.limits[rival]
    return (
      limit !== undefined &&
      (limit.kind === 'alive' ||
        limit.kind === 'absent' ||
        limit.maxPoints <= row.leader.points - by)
    )
  })
  return { by, exact }
}
