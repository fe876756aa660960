import type { EntryField, Tally } from './scenario-tally.ts'

/**
 * Whether two entries' seasons so far are the same in everything the scenarios read: points,
 * adjustments to come, the lowest droppable scores, countback places and where they may race.
 * Only the name differs, so whatever can happen to one can happen to the other.
 */
export function sameTally(a: Tally, b: Tally): boolean {
  return (
    a.total === b.total &&
    a.toCome === b.toCome &&
    sameNumbers(a.places, b.places) &&
    a.lowest.length === b.lowest.length &&
    a.lowest.every((part, p) => sameNumbers(part, b.lowest[p] ?? [])) &&
    sameField(a.field, b.field)
  )
}

/** Value for value and as long: a list of lowest scores [0] is not [] (a 0 can be dropped). */
function sameNumbers(a: ReadonlyArray<number>, b: ReadonlyArray<number>): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i])
}

function sameField(a: EntryField, b: EntryField): boolean {
  if (a.kind !== 'cars' || b.kind !== 'cars') return a.kind === b.kind
  return a.classes.length === b.classes.length && a.classes.every((c, i) => c === b.classes[i])
}
