/**
 * The first `max` items of a list that may be as long as a hostile file makes it, and how many
 * are left out: a review names 20 new drivers and says "and 4,980 more" rather than laying out
 * 5,000 names (docs/importing.md#in-the-browser).
 */
export function cappedList<T>(
  items: ReadonlyArray<T>,
  max: number,
): { readonly shown: ReadonlyArray<T>; readonly more: number } {
  return items.length <= max
    ? { shown: items, more: 0 }
    : { shown: items.slice(0, max), more: items.length - max }
}

/** "" when nothing is left out, else " and 4,980 more". */
export function moreText(more: number): string {
  return more === 0 ? '' : ` and ${more.toLocaleString('en')} more`
}
