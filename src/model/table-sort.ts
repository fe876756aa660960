import { compareNames } from '../engine/scoring/name-order.ts'
import type { StandingRow } from '../engine/scoring/standings.ts'

/**
 * The columns a standings table sorts by (docs/dashboard.md#standings): the championship order
 * (`pos`, the default: the table's own order), the name, points and the statistics. `sort=<key>-<asc|desc>` in the URL.
 */
export const SORT_KEYS = ['pos', 'name', 'pts', 'wins', 'podiums', 'poles', 'fl'] as const
export type SortKey = (typeof SORT_KEYS)[number]

export interface TableSort {
  readonly key: SortKey
  readonly ascending: boolean
}

export const DEFAULT_SORT: TableSort = { key: 'pos', ascending: true }

/** The first click's direction: positions and names from the top, counts from the most. */
function naturalAscending(key: SortKey): boolean {
  return key === 'pos' || key === 'name'
}

/** What a click on a column header asks for: the other direction if it is already sorted by it. */
export function nextSort(current: TableSort, key: SortKey): TableSort {
  return current.key === key
    ? { key, ascending: !current.ascending }
    : { key, ascending: naturalAscending(key) }
}

function valueOf(row: StandingRow, rank: number, key: Exclude<SortKey, 'name'>): number {
  switch (key) {
    case 'pos':
      return rank
    case 'pts':
      return row.points
    case 'wins':
      return row.stats.wins
    case 'podiums':
      return row.stats.podiums
    case 'poles':
      return row.stats.poles
    case 'fl':
      return row.stats.fastestLaps
  }
}

/**
 * The items of a table in the order asked for, each with its place in the table's own order
 * (`rank`: the championship order, or the all-classes list); ties keep that order whichever the
 * direction. `rowOf` reads the standings row of an item.
 */
export function sortRows<T>(
  items: ReadonlyArray<T>,
  rowOf: (item: T) => StandingRow,
  sort: TableSort,
): ReadonlyArray<{ readonly item: T; readonly row: StandingRow; readonly rank: number }> {
  const sign = sort.ascending ? 1 : -1
  const { key } = sort
  return items
    .map((item, rank) => ({ item, row: rowOf(item), rank }))
    .toSorted(
      (a, b) =>
        sign *
          (key === 'name'
            ? compareNames(a.row.name, b.row.name)
            : valueOf(a.row, a.rank, key) - valueOf(b.row, b.rank, key)) || a.rank - b.rank,
    )
}

/** `sort=` read leniently: anything unknown is the championship order. */
export function parseSort(value: string | null): TableSort {
  const match = /^([a-z]+)-(asc|desc)$/.exec(value ?? '')
  const key = SORT_KEYS.find((k) => k === match?.[1])
  return key === undefined ? DEFAULT_SORT : { key, ascending: match?.[2] === 'asc' }
}

/** `sort=` written; null for the championship order. */
export function formatSort(sort: TableSort): string | null {
  return sort.key === DEFAULT_SORT.key && sort.ascending === DEFAULT_SORT.ascending
    ? null
    : `${sort.key}-${sort.ascending ? 'asc' : 'desc'}`
}
