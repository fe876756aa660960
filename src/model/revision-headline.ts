import type { CalendarRace } from '../engine/scoring/calendar.ts'
import { countNoun } from './count-noun.ts'
import { listOf } from './list-of.ts'
import { ordinal } from './ordinal.ts'
import type { Revision, RevisionMove } from './revision.ts'
import { shortNameOf } from './short-name.ts'

/** A revision as it was found: when, the result's status before and after, the notes with it. */
export interface RevisionFacts extends Revision {
  readonly at: number
  readonly notes: ReadonlyArray<string>
  readonly status: { readonly from: string; readonly to: string } | null
}

/**
 * A revision as a booth board says it (docs/dashboard.md#booth): "OFFICIAL — R11: Hart 4th →
 * 6th and 2 others one place up or down", then why, in the words of the result's notes (the
 * stewards'): "Car 20 (Hart): 10-second time penalty, 2nd -> 9th".
 */
export interface RevisionHeadline {
  /** The result's new status (OFFICIAL, PROVISIONAL), or REVISED when only its content changed. */
  readonly word: string
  /** "R11: Hart 4th → 6th and 2 others one place up or down". */
  readonly text: string
  /** The notes that name a car the decision moved (all when none does); none if nothing moved. */
  readonly why: ReadonlyArray<string>
}

/** The most moves a headline names; the rest are counted. */
const NAMED = 2

/** The headline of `revision` for a board of `championships` (ids and names). */
export function revisionHeadline(
  revision: RevisionFacts,
  championships: ReadonlyArray<{ readonly id: string; readonly name: string }>,
  calendar: ReadonlyArray<CalendarRace>,
): RevisionHeadline {
  const word = revision.status === null ? 'REVISED' : revision.status.to.toUpperCase()
  const race = calendar.find((r) => r.race.id === revision.race)?.label ?? revision.race
  const ids = championships.map((c) => c.id)
  const moves = revision.moves.filter((move) => ids.includes(move.championship))
  if (moves.length === 0) {
    const names = listOf(championships.map((c) => c.name))
    return { word, text: `${race}: no change to the ${names} standings`, why: [] }
  }
  const size = (move: RevisionMove) => Math.abs(move.to - move.from)
  // The largest moves first (a penalty's), the ones it pushed up or down counted after them.
  const order = moves.toSorted((a, b) => size(b) - size(a) || a.from - b.from)
  const big = order.filter((move) => size(move) > 1)
  const named = (big.length > 0 ? big : order).slice(0, NAMED)
  const rest = order.filter((move) => !named.includes(move))
  const across = championships.length > 1
  const said = named.map(
    (move) =>
      `${shortNameOf(move)}${across ? ` (${move.championshipName})` : ''} ${ordinal(move.from)} → ${ordinal(move.to)}`,
  )
  if (rest.length > 0)
    said.push(
      rest.every((move) => size(move) === 1)
        ? `${countNoun(rest.length, 'other')} one place up or down`
        : `${countNoun(rest.length, 'other')} moved`,
    )
  return { word, text: `${race}: ${listOf(said)}`, why: whyOf(revision) }
}

/** The notes naming a car the decision moved ("Car 20 (Hart): …"); every note when none does. */
function whyOf(revision: RevisionFacts): ReadonlyArray<string> {
  const naming = revision.notes.filter((note) =>
    revision.movedCars.some((car) =>
      new RegExp(`\\bcar\\s*#?${car.replace(/[^\w]/g, '\\$&')}(?!\\w)`, 'i').test(note),
    ),
  )
  return naming.length > 0 ? naming : revision.notes
}
