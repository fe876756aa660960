/**
 * Lower case, no accents, no punctuation, single spaces: "Sébastien  BUEMI" → "sebastien buemi".
 * Letters and digits of every script stay ("Даниил Квят" → "даниил квят", "周;冠宇" → "周 冠宇").
 */
export function normalName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** A contract id from a name, not clashing with `taken`: "Jason Hart" → "jason-hart". */
export function slugFor(name: string, taken: ReadonlySet<string>): string {
  // At most 180 characters: room for a "-2" within the contract's 200 (docs/data-format.md#ids).
  const base = normalName(name).replaceAll(' ', '-').slice(0, 180) || 'entry'
  let id = base
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`
  return id
}
