import type { CalendarRace } from '../engine/scoring/calendar.ts'
import { listOfRaceIds } from './race-name.ts'

/**
 * The LIVE banner in words (docs/dashboard.md#live): while `races` run, the standings either
 * project them as they stand or show the standings before them; the link offers the other.
 */
export function liveBannerWords(
  calendar: ReadonlyArray<CalendarRace>,
  races: ReadonlyArray<string>,
  projecting: boolean,
): { readonly word: string; readonly sentence: string; readonly toggle: string } {
  const sentence = projecting
    ? `${listOfRaceIds(calendar, races, { opens: true })}: standings as it stands, if the race ended now — not a result.`
    : `${listOfRaceIds(calendar, races, { opens: true, more: true })} ${races.length === 1 ? 'is running; showing the standings before it.' : 'are running; showing the standings before them.'}`
  const toggle = projecting ? 'Show standings before the race' : 'Show as it stands'
  return { word: 'LIVE', sentence, toggle }
}
