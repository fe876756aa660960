const rules = new Intl.PluralRules('en-GB')

/** "1 race", "3 races", "0 wins": a count with its noun in the right number. */
export function countNoun(count: number, one: string, other = `${one}s`): string {
  return `${count} ${noun(count, one, other)}`
}

/** The noun alone in the number `count` calls for: "win" or "wins". */
export function noun(count: number, one: string, other = `${one}s`): string {
  return rules.select(count) === 'one' ? one : other
}
