const conjunction = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' })
/** "Sargent", "Sargent and Martin", "Sargent, Martin and Hart". */
export function listOf(items: ReadonlyArray<string>): string {
  return conjunction.format(items)
}
