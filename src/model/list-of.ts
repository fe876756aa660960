const conjunction = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' })
/** "Sargent", "Sargent and Martin", "Sargent, Martin and Hart". */
export function listOf(items: ReadonlyArray<string>): string {
  return conjunction.format(items)
}

/** The parts of `listOf(items)`: each item and the words between (", ", " and "). */
export function listPartsOf(
  items: ReadonlyArray<string>,
): ReadonlyArray<{ readonly type: 'element' | 'literal'; readonly value: string }> {
  return conjunction.formatToParts(items)
}
