import type { EntryRace } from '../engine/scoring/entry-race.ts'
import { countNoun } from './count-noun.ts'
import { isFilledIn, type Provenance, type SeasonProvenance } from './provenance.ts'

/**
 * Reconstructed data in words, once for every surface (docs/dashboard.md#reconstructed-data): the
 * banner over a reconstructed season, the note with a table, grid or board, the mark beside a
 * placeholder's name and a reconstructed row or cell, and a card's footnote.
 */
export const RECONSTRUCTED = 'Reconstructed results, not official'

/** What the banner says after the headline. */
export const RECONSTRUCTED_DETAIL =
  'Every published fact and standings figure holds; places no source gives are plausible fill-ins.'

/** Beside each filled-in result and each row that counts one, when not every result shown is. */
export const RECONSTRUCTED_SYMBOL = '†'

/** A mark: the word shown, and the whole of it for a tooltip and a screen reader. */
export interface ProvenanceMark {
  readonly word: string
  readonly label: string
}

export function provenanceMark(
  kind: Exclude<Provenance, 'published'>,
  isTeam = false,
): ProvenanceMark {
  return kind === 'placeholder'
    ? {
        word: 'placeholder',
        label: `placeholder: ${isTeam ? 'entrant’s name' : 'driver'} not published`,
      }
    : { word: 'reconstructed', label: 'reconstructed, not official' }
}

/** What a table, grid or board says of what it shows. */
export interface ShownProvenance {
  /** Said once beside it; null when everything it shows is published. */
  readonly note: string | null
  /**
   * Whether each filled-in result, and each row that counts one, carries its own mark: only when
   * some of the results shown are published, since otherwise the note says it of every one.
   */
  readonly markEach: boolean
  /** Calendar indexes of the races with a filled-in result among those shown, in order. */
  readonly races: ReadonlyArray<number>
  /** How many of the results shown were filled in, of how many. */
  readonly filledIn: number
  readonly results: number
  /** How many of the entries shown are placeholders. */
  readonly placeholders: number
}

/** The note and marks for `entries` (standings rows, grid rows, a booth board's entries). */
export function shownProvenance(
  p: SeasonProvenance,
  entries: ReadonlyArray<{ readonly id: string; readonly races: ReadonlyArray<EntryRace> }>,
  isTeams = false,
): ShownProvenance {
  const races = new Set<number>()
  const given = new Set<number>()
  let results = 0
  let filledIn = 0
  for (const entry of entries)
    for (const race of entry.races) {
      results += 1
      if (p.given.has(race.raceIndex)) given.add(race.raceIndex)
      if (!isFilledIn(p, entry.id, race.raceIndex)) continue
      filledIn += 1
      races.add(race.raceIndex)
    }
  const markEach = filledIn > 0 && filledIn < results
  const placeholders = entries.filter((entry) => p.placeholders.has(entry.id)).length
  const parts: Array<string> = []
  if (filledIn > 0) parts.push(filledInSentence(filledIn, results))
  if (placeholders > 0) parts.push(placeholderSentence(placeholders, isTeams))
  if (given.size > 0) parts.push(givenSentence(p, given))
  return {
    note: parts.length === 0 ? null : parts.join(' '),
    markEach,
    races: [...races].toSorted((a, b) => a - b),
    filledIn,
    results,
    placeholders,
  }
}

/**
 * "Reconstructed results, not official: 41 of the 96 results counted here were filled in, marked
 * †; 55 are published." Or, when none shown is published, "…: all 96 results counted here were
 * filled in." (docs/dashboard.md#reconstructed-data).
 */
function filledInSentence(filledIn: number, results: number): string {
  if (filledIn < results)
    return `${RECONSTRUCTED}: ${filledIn} of the ${countNoun(results, 'result')} counted here ${filledIn === 1 ? 'was' : 'were'} filled in, marked ${RECONSTRUCTED_SYMBOL}; ${results - filledIn} ${results - filledIn === 1 ? 'is' : 'are'} published.`
  return results === 1
    ? `${RECONSTRUCTED}: the one result counted here was filled in.`
    : `${RECONSTRUCTED}: all ${countNoun(results, 'result')} counted here were filled in.`
}

/**
 * "R1–R4: the points of the official points sheet, not a finishing order." Races next to each
 * other in the calendar are said as one span (docs/data-format.md#given-points).
 */
function givenSentence(p: SeasonProvenance, shown: ReadonlySet<number>): string {
  const indexes = [...shown].toSorted((a, b) => a - b)
  const spans: Array<string> = []
  let start = 0
  indexes.forEach((index, i) => {
    if (indexes[i + 1] === index + 1) return
    const first = indexes[start] ?? index
    const label = (at: number) => p.given.get(at) ?? ''
    spans.push(first === index ? label(index) : `${label(first)}–${label(index)}`)
    start = i + 1
  })
  const one = indexes.length === 1
  return `${spans.join(', ')}: the points of the official points sheet, not ${one ? 'a finishing order' : 'finishing orders'}.`
}

/** "Placeholder: 6 entries whose drivers were not published." */
function placeholderSentence(count: number, isTeams = false): string {
  const who =
    count === 1
      ? isTeams
        ? 'an entrant whose name was'
        : 'an entry whose driver was'
      : isTeams
        ? `${count} entrants whose names were`
        : `${count} entries whose drivers were`
  return `Placeholder: ${who} not published.`
}

/** A broadcast card's footnote; null when the card shows only published results and names. */
export function cardFootnote(reconstructed: boolean, placeholders: number): string | null {
  const parts = [
    reconstructed ? `${RECONSTRUCTED}: places no source gives are fill-ins.` : '',
    placeholders > 0 ? placeholderSentence(placeholders) : '',
  ].filter((part) => part !== '')
  return parts.length === 0 ? null : parts.join(' ')
}
