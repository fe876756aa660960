/** Grey placeholder rows shown while a season loads: the page keeps its shape, no spinner. */
export function Skeleton({ label, rows = 8 }: { readonly label: string; readonly rows?: number }) {
  return (
    <div className="skeleton" role="status" aria-label={label}>
      <div className="skeleton-bar wide" />
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="skeleton-bar" />
      ))}
    </div>
  )
}
