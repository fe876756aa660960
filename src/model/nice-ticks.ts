/**
 * Axis ticks a person reads at a glance: steps of 1, 2 or 5 × 10ⁿ, at most about `intervals`
 * of them, covering `min`..`max` with less than one step to spare, and always including 0 (the
 * baseline of a gap chart).
 */
export function niceTicks(min: number, max: number, intervals = 5): ReadonlyArray<number> {
  const low = Math.min(0, min)
  const high = Math.max(0, max)
  const raw = (high - low) / Math.max(1, intervals)
  if (raw <= 0) return [0]
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power
  const ticks: Array<number> = []
  for (
    let tick = Math.floor(low / step) * step;
    tick <= Math.ceil(high / step) * step;
    tick += step
  )
    ticks.push(Math.round(tick * 1e6) / 1e6)
  return ticks
}
