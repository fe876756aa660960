/**
 * The name a sentence or a compact label uses: "Riley Dickinson" → "Dickinson"; an entry whose
 * driver is not published keeps its label without the note ("Pro-Am entry D (driver not
 * published)" → "Pro-Am entry D"); a name that ends in a number ("Driver 26") or a team keeps
 * its whole name (`whole`).
 */
export function shortName(name: string, whole = false): string {
  if (name.includes('(')) return name.replace(/\s*\(.*\)$/, '')
  const parts = name.trim().split(/\s+/)
  if (whole || parts.length < 2 || /^\d+$/.test(parts.at(-1) ?? '')) return name
  return parts.slice(1).join(' ')
}
