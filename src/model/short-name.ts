/**
 * The name a sentence or a compact label uses: "Riley Dickinson" → "Dickinson"; an entry whose
 * driver is not published keeps its label without the note ("Pro-Am entry D (driver not
 * published)" → "Pro-Am entry D"); a team keeps its whole name (`whole`).
 */
export function shortName(name: string, whole = false): string {
  if (name.includes('(')) return name.replace(/\s*\(.*\)$/, '')
  if (whole) return name
  const parts = name.trim().split(/\s+/)
  return parts.length > 1 ? parts.slice(1).join(' ') : name
}
