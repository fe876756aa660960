import type { CalendarRace } from '../engine/calendar.ts'
import type { EntryRace } from '../engine/entry-race.ts'
import type { Provenance, SeasonProvenance } from './provenance.ts'
import { listOfRaces } from './race-name.ts'

/**
 * Reconstructed data in words, once for every surface (docs/dashboard.md#reconstructed-data): the
 * banner over a reconstructed season, the note with a table, grid or board, the mark beside a
 * placeholder's name and a reconstructed row or cell, and a card's footnote.
 */
export const RECONSTRUCTED = 'Reconstructed results, not official'

/** What the banner says after the headline. */
export const RECONSTRUCTED_DETAIL =
  'Every published fact and standings figure holds; places no source gives are plausible fill-ins.'

/** Beside each reconstructed row or cell, when not every result shown is reconstructed. */
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
   * Whether each reconstructed row or cell carries its own mark: only when some of the results
   * shown are published, since otherwise the note says it of every one.
   */
  readonly markEach: boolean
  /** Calendar indexes of the reconstructed races among those shown, in order. */
  readonly races: ReadonlyArray<number>
  /** How many of the entries shown are placeholders. */
  readonly placeholders: number
}

/** The note and marks for `entries` (standings rows, grid rows, a booth board's entries). */
export function shownProvenance(
  p: SeasonProvenance,
  calendar: ReadonlyArray<CalendarRace>,
  entries: ReadonlyArray<{ readonly id: string; readonly races: ReadonlyArray<EntryRace> }>,
  isTeams = false,
): ShownProvenance {
  const shown = new Set<number>()
  for (const entry of entries) for (const race of entry.races) shown.add(race.raceIndex)
  const races = [...shown].filter((index) => p.reconstructed.has(index)).toSorted((a, b) => a - b)
  const markEach = races.length > 0 && races.length < shown.size
  const placeholders = entries.filter((entry) => p.placeholders.has(entry.id)).length
  const parts: Array<string> = []
  if (races.length > 0) {
    const named = races.flatMap((index) => calendar[index] ?? [])
    parts.push(
      markEach
        ? `${RECONSTRUCTED}: ${listOfRaces(named)}, marked ${RECONSTRUCTED_SYMBOL}.`
        : `${RECONSTRUCTED}: every race counted here.`,
    )
  }
  if (placeholders > 0) parts.push(placeholderSentence(placeholders, isTeams))
  return { note: parts.length === 0 ? null : parts.join(' '), markEach, races, placeholders }
}

/** "Placeholder: 6 entries whose drivers were not published." */
export function placeholderSentence(count: number, isTeams = false): string {
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
