import type { ReactNode } from 'react'
import { nextSort, type SortKey, type TableSort } from '../model/table-sort.ts'

/**
 * A column header that sorts the table: a link (keyboard and shareable: the order is in the
 * URL), `aria-sort` on the sorted column so a screen reader says it, an arrow for the eye.
 */
export function SortHeader({
  sortKey,
  sort,
  sortHref,
  numeric = true,
  title,
  className,
  children,
}: {
  readonly sortKey: SortKey
  readonly sort: TableSort
  readonly sortHref: (sort: TableSort) => string
  readonly numeric?: boolean
  readonly title?: string
  readonly className?: string
  readonly children: ReactNode
}) {
  const active = sort.key === sortKey
  const classes = [numeric ? 'num' : '', className ?? ''].join(' ').trim()
  return (
    <th
      scope="col"
      className={classes === '' ? undefined : classes}
      title={title}
      aria-sort={active ? (sort.ascending ? 'ascending' : 'descending') : undefined}
    >
      <a className="sort" href={sortHref(nextSort(sort, sortKey))} data-nav>
        {children}
        <span className="sort-mark" aria-hidden="true">
          {active ? (sort.ascending ? '▲' : '▼') : ''}
        </span>
      </a>
    </th>
  )
}
