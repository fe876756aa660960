/**
 * Words after the surname that belong to it: "Carlos Sainz Jr." is "Sainz Jr.", never "Jr."
 * (with or without the dot; a comma before it stays as written: "Kurt Ahrens, Jr." →
 * "Ahrens, Jr.").
 */
function isSuffix(word: string): boolean {
  return /^(?:jr|sr|jnr|snr)\.?$/i.test(word) || /^(?:II|III|IV)\.?$/.test(word)
}

/**
 * Words that open a surname ("Nyck de Vries" → "de Vries", "Pedro de la Rosa" → "de la Rosa",
 * "Elias De La Torre IV" → "De La Torre IV"), compared in lower case.
 */
const PARTICLES: ReadonlySet<string> = new Set([
  'da',
  'das',
  'de',
  'del',
  'della',
  'den',
  'der',
  'des',
  'di',
  'do',
  'dos',
  'du',
  'la',
  'le',
  'ten',
  'ter',
  'van',
  'von',
])

/**
 * The name a sentence or a compact label uses: the surname as the name gives it, with its
 * particles and suffix — "Riley Dickinson" → "Dickinson", "Juan Manuel Fangio" → "Fangio",
 * "Andrea Kimi Antonelli" → "Antonelli", "Nyck de Vries" → "de Vries", "Carlos Sainz Jr." →
 * "Sainz Jr.", "Guanyu Zhou" (F1DB writes names given name first) → "Zhou". The surname is the
 * last word before any suffix, with the particles right before it: a compound surname written
 * without one ("Archie Scott Brown", F1DB's "Scott Brown") cannot be told from a second given
 * name ("Juan Manuel Fangio") by its words, and gives its last word ("Brown"): the data says
 * such a surname in the driver's `shortName`, which `shortNameOf` prefers.
 *
 * An entry whose driver is not published keeps its label without the note ("Pro-Am entry D
 * (driver not published)" → "Pro-Am entry D"); a name that ends in a number ("Driver 26"), a
 * one-word name or a team keeps its whole name (`whole`).
 */
export function shortName(name: string, whole = false): string {
  if (name.includes('(')) return name.replace(/\s*\(.*\)$/, '')
  const words = name.trim().split(/\s+/)
  if (whole || words.length < 2 || /^\d+$/.test(words.at(-1) ?? '')) return name
  let end = words.length
  while (end > 0 && isSuffix(words[end - 1] ?? '')) end -= 1
  if (end < 2) return name
  let start = end - 1
  while (start > 1 && PARTICLES.has((words[start - 1] ?? '').toLowerCase())) start -= 1
  return words.slice(start).join(' ')
}

/**
 * The name a sentence or a compact label uses for a driver or a team: the short name the data
 * gives (a driver's `shortName`, docs/data-format.md#short-names: F1DB's "Scott Brown" for
 * "Archie Scott Brown"), otherwise the one `shortName` derives from the name. Every surface
 * names an entry through this, so the rule is written once.
 */
export function shortNameOf(
  entry: { readonly name: string; readonly shortName?: string | undefined },
  whole = false,
): string {
  return entry.shortName ?? shortName(entry.name, whole)
}
