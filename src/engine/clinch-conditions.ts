import { ordinal } from './countback.ts'
import { finalPoints, finishesAhead, withPlaces } from './final-tally.ts'
import { maxRaceScore } from './remaining-races.ts'
import type { ChampionshipScenarios } from './scenarios.ts'

/** What the leader needs in the next race to be champion (docs/scoring-rules.md#scenarios). */
export type ClinchOutlook =
  | { readonly kind: 'clinched'; readonly leader: string }
  | { readonly kind: 'decided-later'; readonly leader: string; readonly race: string }
  | {
      readonly kind: 'can-clinch'
      readonly leader: string
      readonly race: string
      readonly rivals: ReadonlyArray<string>
      /** Clinches with this class place or better whatever the rivals do (null: no such place). */
      readonly placeWhatever: number | null
      /** Clinches with this place or better when every rival finishes behind (null: never enough). */
      readonly placeIfAhead: number | null
      readonly sentence: string
    }
  | { readonly kind: 'no-races-left'; readonly leader: string }

function list(names: ReadonlyArray<string>): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`
}

/**
 * Whether, and how, the entry listed first can clinch the title in the next race: for each place
 * it might take there, and each rival's best place left, the leader scoring nothing afterwards
 * must still finish ahead of the rival winning everything afterwards. Rivals are given the pole
 * and fastest-lap bonuses of the next race too, so the conditions never promise too much.
 */
export function clinchOutlook(
  scenarios: ChampionshipScenarios,
  championshipName: string,
): ClinchOutlook | null {
  const { rows, tallies, remaining, drops } = scenarios
  const leaderRow = rows[0]
  const leader = tallies[0]
  if (leaderRow === undefined || leader === undefined) return null
  const name = leaderRow.name
  if (leaderRow.status === 'clinched') return { kind: 'clinched', leader: name }
  const next = remaining[0]
  if (next === undefined) return { kind: 'no-races-left', leader: name }
  const raceName = `race ${next.race.index + 1}`
  const later = remaining.slice(1)
  const rivals = rows.flatMap((row, i) => (i > 0 && row.status === 'contention' ? [i] : []))
  const places = Math.max(1, next.prizes.findIndex((p) => p === 0) + 1 || next.prizes.length + 1)
  const prize = (place: number) => next.prizes[place - 1] ?? 0
  const leaderAt = (place: number) => ({
    points: finalPoints(leader, remaining, [prize(place)], drops),
    places: next.countsForCountback ? withPlaces(leader.places, place, 1) : leader.places,
  })
  const rivalBeaten = (i: number, own: ReturnType<typeof leaderAt>, rivalPlace: number) => {
    const tally = tallies[i]
    if (tally === undefined) return true
    const scores = [prize(rivalPlace) + next.pole + next.fastestLap, ...later.map(maxRaceScore)]
    const wins = later.filter((race) => race.countsForCountback).length
    const placesAfter = withPlaces(
      next.countsForCountback ? withPlaces(tally.places, rivalPlace, 1) : tally.places,
      1,
      wins,
    )
    return finishesAhead(
      own.points,
      own.places,
      finalPoints(tally, remaining, scores, drops),
      placesAfter,
    )
  }
  const whatever = (place: number) =>
    rivals.every((i) => rivalBeaten(i, leaderAt(place), place === 1 ? 2 : 1))
  const ifAhead = (place: number) => rivals.every((i) => rivalBeaten(i, leaderAt(place), place + 1))
  const best = (test: (place: number) => boolean) => {
    let found: number | null = null
    for (let place = 1; place <= places && test(place); place += 1) found = place
    return found
  }
  const placeWhatever = best(whatever)
  const placeIfAhead = best(ifAhead)
  if (placeWhatever === null && placeIfAhead === null)
    return { kind: 'decided-later', leader: name, race: raceName }
  const rivalNames = rivals.map((i) => shortName(rows[i]?.name ?? ''))
  const who = list(rivalNames)
  const does = rivalNames.length === 1 ? 'does' : 'do'
  const parts: Array<string> = []
  if (placeIfAhead !== null && (placeWhatever ?? 0) < placeIfAhead)
    parts.push(
      placeIfAhead >= places
        ? `finishing ahead of ${who}`
        : `finishing ${ordinal(placeIfAhead)} or better and ahead of ${who}`,
    )
  // Winning is finishing ahead of everyone: only worth saying when "ahead of" is not enough.
  if (placeWhatever === 1 && parts.length === 0) parts.push('winning')
  else if (placeWhatever !== null && placeWhatever > 1)
    parts.push(`finishing ${ordinal(placeWhatever)} or better whatever ${who} ${does}`)
  const sentence = `${shortName(name)} clinches the ${championshipName} title in ${raceName} by ${parts.join(', or ')}.`
  return {
    kind: 'can-clinch',
    leader: name,
    race: raceName,
    rivals: rivalNames,
    placeWhatever,
    placeIfAhead,
    sentence,
  }
}

/** "Riley Dickinson" → "Dickinson"; placeholder names stay whole. */
function shortName(name: string): string {
  if (name.includes('(')) return name
  const parts = name.trim().split(/\s+/)
  return parts.length > 1 ? parts.slice(1).join(' ') : name
}
