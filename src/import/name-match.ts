/** Lower case, no accents, no punctuation, single spaces: "Sébastien  BUEMI" → "sebastien buemi". */
export function normalName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** A contract id from a name, not clashing with `taken`: "Jason Hart" → "jason-hart". */
export function slugFor(name: string, taken: ReadonlySet<string>): string {
  const base = normalName(name).replaceAll(' ', '-') || 'entry'
  let id = base
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`
  return id
}
