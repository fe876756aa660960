let english: Intl.Collator | undefined

/**
 * Names in English alphabetical order, the same on every machine (docs/scoring-rules.md#countback:
 * entries level on everything are listed by name). `a.localeCompare(b)` orders by the host's
 * language: a Swedish machine put "Zanardi" before "Östberg", so the CLI, an export and the page
 * could list one table two ways. The collator is made on first use: its locale data costs a
 * phone's first view only when a table is ordered.
 */
export function compareNames(a: string, b: string): number {
  english ??= new Intl.Collator('en')
  return english.compare(a, b)
}
