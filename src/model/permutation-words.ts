import {
  bonusesScoreAt,
  scoringPlaces,
  type BonusSet,
  type RaceOutcome,
} from '../engine/scenarios/race-outcomes.ts'
import type { RemainingRace } from '../engine/scenarios/remaining-races.ts'
import type { PlaceLimit, RivalLimit } from '../engine/scenarios/rival-limit.ts'
import { formatPoints, pointsText } from './format-points.ts'
import { listOf } from './list-of.ts'
import { ordinal, ordinalWord } from './ordinal.ts'

// The permutation table in words (docs/scoring-rules.md#permutations): one place for every
// phrase the table, the sentence, the booth board, the card and the command-line tool say.

/** "the pole", "the fastest lap", "the pole and the fastest lap"; "" for none. */
export function bonusWords(set: BonusSet): string {
  if (set.pole && set.fastestLap) return 'the pole and the fastest lap'
  return set.pole ? 'the pole' : set.fastestLap ? 'the fastest lap' : ''
}

/**
 * "whatever Leclerc and Pérez do", "whatever Hamilton does"; past six rivals the three closest
 * and a count, a sentence a commentator can read out: "whatever Taruffi, Farina, Ruttman and 80
 * others do" (1952, with the Indianapolis 500 in the championship).
 */
export function whateverRivalsDo(rivals: ReadonlyArray<string>): string {
  const named =
    rivals.length > MOST_NAMED ? [...rivals.slice(0, 3), `${rivals.length - 3} others`] : rivals
  return `whatever ${listOf(named)} ${rivals.length === 1 ? 'does' : 'do'}`
}

const MOST_NAMED = 6

/**
 * A rival's cell on a row that cannot clinch when another rival keeps the title open there
 * (that one's cell says "in contention"); `NO_MATTER_LEGEND` under the table says what it means.
 */
export const NO_MATTER = '—'
/** `NO_MATTER` read out (a screen reader's words for the cell). */
export const NO_MATTER_WORDS = 'does not matter'
export const NO_MATTER_LEGEND = `${NO_MATTER} on a row that cannot clinch: the rival's result ${NO_MATTER_WORDS}, because another rival stays in contention whatever happens.`

/**
 * Places the leader may take as one row says them: "7th", "8th–10th", "11th or lower" (`to` the
 * table's last place, which stands for every place below it), "any place", "not classified".
 */
export function placeSpan(from: number | null, to: number, deepest: boolean): string {
  if (from === null) return 'not classified'
  if (from === 1 && deepest) return 'any place'
  if (deepest) return `${ordinal(from)} or lower`
  return from === to ? ordinal(from) : `${ordinal(from)}–${ordinal(to)}`
}

/** Points the leader may score as one row says them: "24 points or more" (`most`: the table's top), "20–23 points". */
export function pointsSpan(bottom: number, top: number, most: boolean): string {
  if (top === bottom) return pointsText(bottom)
  return most
    ? `${pointsText(bottom)} or more`
    : `${formatPoints(bottom)}–${formatPoints(top)} points`
}

/** "+ pole", "+ fastest lap", "+ pole + fastest lap" for a table cell. */
function bonusTag(set: BonusSet): string {
  return `${set.pole ? ' + pole' : ''}${set.fastestLap ? ' + fastest lap' : ''}`
}

/**
 * A place as a rival's limit says it: "3rd or lower" (table) or "third or lower" (sentence);
 * "outside the points" from the first place without points; "not classified".
 */
function fromPlace(from: number | null, unplaced: boolean, race: RemainingRace, words: boolean) {
  if (from === null) return unplaced ? 'not classified' : null
  if (from === 1) return words ? 'anywhere' : 'any place'
  if (from === scoringPlaces(race) + 1) return 'outside the points'
  return `${words ? ordinalWord(from) : ordinal(from)} or lower`
}

/**
 * What a rival may do with the leader still clinching: "3rd or lower", "5th or lower (6th or
 * lower with the fastest lap)", "no more than 12 points" for teams. `words`: as a sentence says it.
 */
export function limitWords(limit: RivalLimit, race: RemainingRace, words = false): string {
  switch (limit.kind) {
    case 'any':
      return words ? 'whatever it does' : 'any result'
    case 'absent':
      return 'does not start'
    case 'alive':
      return words ? 'still in contention' : 'in contention'
    case 'at-most': {
      if (limit.places.length === 0)
        return `${words ? 'scoring ' : ''}${pointsText(limit.maxPoints)} or fewer`
      const base = limit.places.find((p) => !p.set.pole && !p.set.fastestLap)
      const baseText = base === undefined ? null : fromPlace(base.from, base.unplaced, race, words)
      // Bonus sets that ask more, each said once: a set is left out where a smaller one asks
      // the same ("4th or lower with the pole" covers the pole and the fastest lap).
      const stricterSets = limit.places.filter((p) => p !== base && stricter(p, base, race))
      const said = stricterSets.filter(
        (p) =>
          !stricterSets.some(
            (q) =>
              q !== p &&
              (!q.set.pole || p.set.pole) &&
              (!q.set.fastestLap || p.set.fastestLap) &&
              q.from === p.from &&
              q.unplaced === p.unplaced,
          ),
      )
      const byText = new Map<string, Array<string>>()
      for (const p of said) {
        const text = fromPlace(p.from, p.unplaced, race, words) ?? 'not'
        byText.set(text, [...(byText.get(text) ?? []), bonusWords(p.set)])
      }
      // "3rd or lower with the pole", "not with the fastest lap".
      const variants = [...byText].map(([text, sets]) => `${text} with ${sets.join(' or ')}`)
      const head = baseText ?? 'no points'
      return variants.length === 0 ? head : `${head} (${variants.join('; ')})`
    }
  }
}

/** Whether a bonus set's limit asks more than the one without bonuses. */
function stricter(p: PlaceLimit, base: PlaceLimit | undefined, race: RemainingRace): boolean {
  if (base === undefined) return true
  // No place allowed with a bonus that scores only where the rival may not finish anyway.
  if (p.from === null)
    return base.from !== null
      ? bonusesScoreAt(race, p.set, base.from)
      : base.unplaced && !p.unplaced
  return base.from !== null && p.from > base.from
}

/** A leader's result as a table row says it: "1st + fastest lap", "not classified", "24 points". */
export function resultLabel(outcome: RaceOutcome, byPoints: boolean): string {
  if (byPoints) return `${pointsText(outcome.points)}`
  const place = outcome.place === null ? 'not classified' : ordinal(outcome.place)
  return `${place}${bonusTag(outcome)}`
}

/** A leader's result as a sentence says it: "winning", "finishing second with the pole". */
export function resultWords(place: number, set: BonusSet, orBetter = false): string {
  const bonus = bonusWords(set)
  const how =
    place === 1 ? 'winning' : `finishing ${ordinalWord(place)}${orBetter ? ' or better' : ''}`
  return bonus === '' ? how : `${how} with ${bonus}`
}
