import { assertNever } from '../assert-never.ts'
import type { CalendarRace } from './calendar.ts'
import type { RaceFile, RaceResults } from '../types.ts'

/**
 * Where a calendar race stands (docs/scoring-rules.md#which-races-count): only provisional and
 * official results count; a live running order is not a result; a file that failed validation
 * is left out and named, never half-read.
 */
export type RaceState =
  | { readonly kind: 'scored'; readonly race: CalendarRace; readonly results: RaceResults }
  | { readonly kind: 'awaiting'; readonly race: CalendarRace }
  | { readonly kind: 'scheduled'; readonly race: CalendarRace; readonly results: RaceResults }
  | { readonly kind: 'live'; readonly race: CalendarRace; readonly results: RaceResults }
  | {
      readonly kind: 'invalid'
      readonly race: CalendarRace
      readonly problems: ReadonlyArray<string>
    }

export function toRaceState(
  race: CalendarRace,
  file: RaceFile | undefined,
  hasRule: boolean,
): RaceState {
  if (file === undefined) return { kind: 'awaiting', race }
  if (file.kind === 'invalid') return { kind: 'invalid', race, problems: file.problems }
  if (!hasRule) {
    return {
      kind: 'invalid',
      race,
      problems: [`race type "${race.race.type}" has no scoring rule`],
    }
  }
  const { results } = file
  switch (results.status) {
    case 'provisional':
    case 'official':
      return { kind: 'scored', race, results }
    case 'live':
      return { kind: 'live', race, results }
    case 'scheduled':
      return { kind: 'scheduled', race, results }
    default:
      return assertNever(results.status)
  }
}
