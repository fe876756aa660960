import { identityKey, readableKey } from '../data/identity-key.ts'

/**
 * The key names are matched by: the identity rule (src/data/identity-key.ts, docs/data-format.md#identity)
 * with punctuation as spaces: "Sébastien  BUEMI" → "sebastien buemi", and "Riley Dickinson" with
 * a zero-width joiner or a Cyrillic "о" is "riley dickinson", the driver the season knows.
 * Letters and digits of every script stay ("周;冠宇" → "周 冠宇").
 */
export function normalName(name: string): string {
  return words(identityKey(name))
}

/** A contract id from a name, not clashing with `taken`: "Jason Hart" → "jason-hart". */
export function slugFor(name: string, taken: ReadonlySet<string>): string {
  // Readable: the identity rule without its look-alike fold, so "Даниил Квят" → "даниил-квят".
  // At most 180 characters: room for a "-2" within the contract's 200 (docs/data-format.md#ids).
  const base = words(readableKey(name)).replaceAll(' ', '-').slice(0, 180) || 'entry'
  let id = base
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`
  return id
}

function words(key: string): string {
  return key.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}
