import { readFileSync } from 'node:fs'
import { shortName } from '../../src/model/short-name.ts'
import type { F1dbNames } from './f1db.ts'

/**
 * F1DB's lastName of the drivers whose name has more than two words (data-src/f1/f1db-last-names.json,
 * from F1DB's drivers; CC BY 4.0): the words of "Archie Scott Brown" cannot tell the surname
 * Scott Brown from a second given name, F1DB can.
 */
export interface F1dbLastNames {
  readonly lastNames: Readonly<Record<string, string>>
}

export function readLastNames(path = 'data-src/f1/f1db-last-names.json'): F1dbLastNames {
  return JSON.parse(readFileSync(path, 'utf8')) as F1dbLastNames
}

/**
 * The `shortName` a season file gives each driver of the extract, by id: only where F1DB's
 * lastName differs from the short name the dashboard derives from the name (model/short-name.ts),
 * so the files carry it for the compound surnames alone ("Scott Brown", "Schwelm Cruz", "da
 * Silva Ramos"). F1DB writes a name as firstName and lastName, so a two-word name's lastName is
 * its second word; a longer name needs its lastName listed, or the conversion stops.
 */
export function f1ShortNames(
  drivers: F1dbNames,
  { lastNames }: F1dbLastNames,
): ReadonlyMap<string, string> {
  const shortNames = new Map<string, string>()
  for (const [id, { name }] of Object.entries(drivers)) {
    const words = name.trim().split(/\s+/)
    const lastName = lastNames[id] ?? (words.length <= 2 ? words.at(-1) : undefined)
    if (lastName === undefined)
      throw new Error(
        `${id}: "${name}" has more than two words; add F1DB's lastName to data-src/f1/f1db-last-names.json`,
      )
    const surname = asWritten(words, lastName)
    if (surname !== shortName(name)) shortNames.set(id, surname)
  }
  return shortNames
}

/**
 * The surname as the name writes it when the name ends in it: F1DB capitalises a lastName
 * ("De Angelis", "Da Silva Ramos") that its name writes with the particle in lower case ("Elio
 * de Angelis"); the name's own spelling is kept, as `shortName` keeps it ("de Angelis").
 */
function asWritten(words: ReadonlyArray<string>, lastName: string): string {
  const tail = words.slice(-lastName.trim().split(/\s+/).length).join(' ')
  return tail.toLowerCase() === lastName.toLowerCase() ? tail : lastName
}
