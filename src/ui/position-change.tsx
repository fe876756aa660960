/** Places gained (▲2) or lost (▼1) since the previous race, "new" for a first appearance. */
export function PositionChange({
  position,
  previous,
  hasPrevious,
}: {
  readonly position: number
  readonly previous: number | null
  readonly hasPrevious: boolean
}) {
  if (!hasPrevious) return <span className="change same">–</span>
  if (previous === null) return <span className="change new">new</span>
  const gained = previous - position
  if (gained === 0)
    return (
      <span className="change same" aria-label="no change">
        =
      </span>
    )
  return gained > 0 ? (
    <span className="change up" aria-label={`up ${gained}`}>
      ▲{gained}
    </span>
  ) : (
    <span className="change down" aria-label={`down ${-gained}`}>
      ▼{-gained}
    </span>
  )
}
