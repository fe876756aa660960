import type { CalendarRace } from '../engine/scoring/calendar.ts'
import type { ScoredRace } from '../engine/scoring/scored-race.ts'
import { listOfRaceIds, type InSentence } from './race-name.ts'

/**
 * What the numbers after a race are made of (docs/scoring-rules.md#result-status), strongest
 * first: imagined results (what-if), a live running order read as a result (as it stands), a
 * result not yet confirmed by the stewards, or official results only. Every surface that shows a
 * number says which, in the same words.
 */
export type StandingsStatus =
  | { readonly kind: 'hypothetical'; readonly races: ReadonlyArray<string> }
  | { readonly kind: 'live'; readonly races: ReadonlyArray<string> }
  | { readonly kind: 'provisional'; readonly races: ReadonlyArray<string> }
  | { readonly kind: 'official' }

export function standingsStatus(
  scored: ReadonlyArray<ScoredRace>,
  step: number,
  imagined: ReadonlyArray<string>,
  live: ReadonlyArray<string>,
): StandingsStatus {
  const counted = scored.slice(0, Math.max(0, step + 1)).map((race) => race.race.race.id)
  const among = (ids: ReadonlyArray<string>) => counted.filter((id) => ids.includes(id))
  const hypothetical = among(imagined)
  if (hypothetical.length > 0) return { kind: 'hypothetical', races: hypothetical }
  const running = among(live)
  if (running.length > 0) return { kind: 'live', races: running }
  // A projected running order is scored as if provisional: it is live, not provisional.
  const provisional = scored
    .slice(0, Math.max(0, step + 1))
    .flatMap((race) =>
      race.results.status === 'provisional' && !live.includes(race.race.race.id)
        ? [race.race.race.id]
        : [],
    )
  return provisional.length > 0 ? { kind: 'provisional', races: provisional } : { kind: 'official' }
}

/** The one word a status is shown with (badges, file names, CLI headers); none for official. */
export function statusWord(
  status: StandingsStatus,
): 'HYPOTHETICAL' | 'LIVE' | 'PROVISIONAL' | null {
  switch (status.kind) {
    case 'hypothetical':
      return 'HYPOTHETICAL'
    case 'live':
      return 'LIVE'
    case 'provisional':
      return 'PROVISIONAL'
    case 'official':
      return null
  }
}

/**
 * What goes before a sentence the title scenarios say when they count a running or imagined race
 * as finished: "As it stands: " (the booth, the Permutations view); nothing otherwise.
 */
export function asItStands(status: StandingsStatus): string {
  return status.kind === 'live' || status.kind === 'hypothetical' ? 'As it stands: ' : ''
}

/**
 * The status in one sentence, after its word, each race named as the series names it (race-name.ts):
 * "PROVISIONAL: race 11 is not yet official.", "PROVISIONAL: round 18, Japan, is not yet
 * official." Null for official results.
 */
export function statusSentence(
  status: StandingsStatus,
  calendar: ReadonlyArray<CalendarRace>,
): string | null {
  const word = statusWord(status)
  if (word === null || status.kind === 'official') return null
  const races = statusRaces(status, calendar, { more: true })
  const many = status.races.length > 1
  switch (status.kind) {
    case 'hypothetical':
      return `${word}: ${races} ${many ? 'are' : 'is'} imagined, not a result.`
    case 'live':
      return `${word}: ${races} ${many ? 'are' : 'is'} still running; as it stands, not a result.`
    case 'provisional':
      return `${word}: ${races} ${many ? 'are' : 'is'} not yet official.`
  }
}

/**
 * The races a status is about, named as a list in a sentence ("race 11", "races 11 and 12",
 * "round 18, Japan"); `at` says where it stands (race-name.ts).
 */
export function statusRaces(
  status: StandingsStatus,
  calendar: ReadonlyArray<CalendarRace>,
  at: InSentence = {},
): string {
  return status.kind === 'official' ? '' : listOfRaceIds(calendar, status.races, at)
}
