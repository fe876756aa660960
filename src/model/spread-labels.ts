/**
 * Labels at the ends of lines (a chart's, a broadcast card's), moved apart just enough to be
 * read (docs/exporting.md#broadcast-graphics): each keeps at least `gap` from its neighbours,
 * stays within `top`..`bottom` and moves as little as it can (a label stays in the order of its
 * line). Returns the y of each label by id. Where `bottom - top` cannot hold them all, they keep
 * `gap` apart and the last ones run past `bottom`: a caller gives room for as many as it draws.
 */
export function spreadLabels(
  wanted: ReadonlyArray<{ readonly id: string; readonly y: number }>,
  gap: number,
  top: number,
  bottom: number,
): ReadonlyMap<string, number> {
  // Level labels by id in code-point order: the host's language would order ids differently on
  // another machine (Lithuanian puts "y" before "j"), and a card would then differ too. Ids are
  // the returned map's keys: no two are the same.
  const sorted = wanted.toSorted((a, b) => a.y - b.y || (a.id < b.id ? -1 : 1))
  const ys = sorted.map((label) => Math.min(bottom, Math.max(top, label.y)))
  // Push down what overlaps the label above, then back up from the bottom edge, never past top.
  for (let i = 1; i < ys.length; i += 1) ys[i] = Math.max(ys[i] ?? 0, (ys[i - 1] ?? 0) + gap)
  for (let i = ys.length - 1; i >= 0; i -= 1) {
    const limit = i === ys.length - 1 ? bottom : (ys[i + 1] ?? bottom) - gap
    ys[i] = Math.max(top + i * gap, Math.min(ys[i] ?? 0, limit))
  }
  return new Map(sorted.map((label, i) => [label.id, ys[i] ?? label.y]))
}
