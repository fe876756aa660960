/**
 * English ordinal suffixes: 1st, 2nd, 3rd, then th, except 11th, 12th and 13th (and 111th…). By
 * hand, not `Intl.PluralRules`: its locale data costs the phone's first view
 * (docs/performance.md); test/model/ordinal.test.ts holds the rule to Intl's answer.
 */
function suffix(n: number): string {
  const tens = Math.abs(n) % 100
  if (tens >= 11 && tens <= 13) return 'th'
  return ['th', 'st', 'nd', 'rd'][tens % 10] ?? 'th'
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
  return `${n}${suffix(n)}`
}

/** "first" … "tenth", then "11th": places as a sentence says them. */
export function ordinalWord(n: number): string {
  return WORDS[n - 1] ?? ordinal(n)
}
