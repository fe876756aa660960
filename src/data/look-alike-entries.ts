import type { Season } from '../engine/types.ts'
import { describeValue, formatPath, type Fault } from './fault.ts'
import { identityKey } from './identity-key.ts'

const FILE = 'season.json'
const COLLECTIONS = ['classes', 'drivers', 'teams'] as const
const FIELDS = ['id', 'name'] as const

/**
 * Warnings for entries of season.json that read as one (issue 22 #5, docs/data-format.md#identity):
 * two classes, drivers or teams whose ids or names have the same identity key (identity-key.ts:
 * case, accents, Unicode normalisation, invisible characters, look-alike letters). A warning,
 * not a fault: two people may share a name; but one person in two entries has their results
 * split in two. Each names both entries by JSON path and where they first differ. Equal ids
 * are a fault of checkSeason, not repeated here.
 */
export function lookAlikeEntries(season: Season): Array<Fault> {
  const warnings: Array<Fault> = []
  for (const collection of COLLECTIONS) {
    const entries: ReadonlyArray<{ readonly id: string; readonly name: string }> =
      season[collection]
    const reported = new Set<number>()
    for (const field of FIELDS) {
      const first = new Map<string, number>()
      entries.forEach((entry, j) => {
        const key = identityKey(entry[field])
        const i = first.get(key)
        if (i === undefined) {
          first.set(key, j)
          return
        }
        const other = entries[i]?.[field] ?? ''
        if (reported.has(j) || (field === 'id' && other === entry.id)) return
        reported.add(j)
        const where = formatPath([collection, i, field])
        warnings.push({
          file: FILE,
          path: formatPath([collection, j, field]),
          message: `${describeValue(entry[field])} reads as ${where} ${describeValue(other)}${difference(entry[field], other)}: one ${noun(collection)} in two entries has its results split in two; if these are two, ignore this`,
        })
      })
    }
  }
  return warnings
}

function noun(collection: (typeof COLLECTIONS)[number]): string {
  return collection === 'classes' ? 'class' : collection === 'drivers' ? 'driver' : 'team'
}

/** " (the same text)", or where two texts first differ: " (character 14: U+043E, not U+006F)". */
function difference(text: string, other: string): string {
  if (text === other) return ' (the same text)'
  const a = [...text]
  const b = [...other]
  let at = 0
  while (at < a.length && a[at] === b[at]) at += 1
  const code = (c: string | undefined) =>
    c === undefined
      ? 'nothing'
      : `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
  return ` (character ${at + 1}: ${code(a[at])}, not ${code(b[at])})`
}
