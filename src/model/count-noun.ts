/**
 * English cardinal plurals: "one" for 1 (and −1) only, so 0, 0.5 and 2 take the plural. By hand,
 * not `Intl.PluralRules`: its locale data costs the phone's first view (docs/performance.md);
 * test/model/ordinal.test.ts holds the rule to Intl's answer.
 */
const isOne = (count: number): boolean => Math.abs(count) === 1

/** "1 race", "3 races", "0 wins": a count with its noun in the right number. */
export function countNoun(count: number, one: string, other = `${one}s`): string {
  return `${count} ${noun(count, one, other)}`
}

/** The noun alone in the number `count` calls for: "win" or "wins". */
export function noun(count: number, one: string, other = `${one}s`): string {
  return isOne(count) ? one : other
}
