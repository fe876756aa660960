import type { Championship } from '../engine/types.ts'

/**
 * Which championship an official points sheet is of (docs/importing.md#reconcile): the one named
 * (`--championship`), else the one drivers' championship whose name is a whole word of the
 * sheet's title ("Mustang Challenge DH Drivers" → DH, not DHL); otherwise a message listing them.
 */
export function sheetChampionship(
  championships: ReadonlyArray<Championship>,
  title: string,
  named: ReadonlyArray<string>,
): Championship | { readonly error: string } {
  const ids = championships.map((c) => c.id).join(', ')
  if (named.length > 1) return { error: `reconcile compares one championship at a time (${ids})` }
  const [id] = named
  if (id !== undefined)
    return (
      championships.find((c) => c.id === id) ?? { error: `unknown championship "${id}" (${ids})` }
    )
  const words = new Set(title.toLowerCase().split(/[^\p{L}\p{N}-]+/u))
  const teams = /\b(?:teams?|entrants?)\b/i.test(title)
  const found = championships.filter(
    (c) => (c.kind === 'teams') === teams && words.has(c.name.toLowerCase()),
  )
  const [only, other] = found
  if (only !== undefined && other === undefined) return only
  return {
    error: `cannot tell which championship "${title}" is: name it with --championship (${ids})`,
  }
}
