import type { ReactNode } from 'react'

/** A right-aligned column header for a numeric column, with its meaning on hover. */
export function NumHeader({
  title,
  children,
}: {
  readonly title?: string
  readonly children: ReactNode
}) {
  return (
    <th scope="col" className="num" title={title}>
      {children}
    </th>
  )
}
