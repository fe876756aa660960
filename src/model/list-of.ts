/**
 * English lists as en-GB writes them, no serial comma: "Sargent", "Sargent and Martin",
 * "Sargent, Martin and Hart". Written by hand, not with `Intl.ListFormat`: the first
 * `Intl.ListFormat` a page builds loads its locale data, 137 ms on a phone before the first view
 * (docs/performance.md); test/model/ordinal.test.ts holds the rule to Intl's answer.
 */
export function listOf(items: ReadonlyArray<string>): string {
  return listPartsOf(items)
    .map((part) => part.value)
    .join('')
}

/** The parts of `listOf(items)`: each item and the words between (", ", " and "). */
export function listPartsOf(
  items: ReadonlyArray<string>,
): ReadonlyArray<{ readonly type: 'element' | 'literal'; readonly value: string }> {
  return items.flatMap((value, i) => {
    const element = { type: 'element' as const, value }
    if (i === 0) return [element]
    const between = i === items.length - 1 ? ' and ' : ', '
    return [{ type: 'literal' as const, value: between }, element]
  })
}
