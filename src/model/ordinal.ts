const rules = new Intl.PluralRules('en-GB', { type: 'ordinal' })
const SUFFIX: Readonly<Record<Intl.LDMLPluralRule, string>> = {
  zero: 'th',
  one: 'st',
  two: 'nd',
  few: 'rd',
  many: 'th',
  other: 'th',
}
const WORDS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
]

/** "1st", "2nd", "11th", "22nd": places as timing screens write them. */
export function ordinal(n: number): string {
  return `${n}${SUFFIX[rules.select(n)]}`
}

/** "first" … "tenth", then "11th": places as a sentence says them. */
export function ordinalWord(n: number): string {
  return WORDS[n - 1] ?? ordinal(n)
}
