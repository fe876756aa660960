import { roundPoints } from '../engine/scoring/round-points.ts'
import type { Season } from '../engine/types.ts'
import { classTagOf, type ClassTag } from './card-standings.ts'
import { gapFigure } from './format-points.ts'
import { compareEntries } from './head-to-head.ts'
import { headToHeadTotals, type TotalsRow } from './head-to-head-totals.ts'
import { noPairSentence, pairStanding, pairStandingSentence } from './pair-standing.ts'
import type { PickedEntry } from './picked-entry.ts'
import { shownName } from './provenance.ts'

/** The head-to-head card (docs/exporting.md#broadcast-graphics): two entries and the gap. */
export interface CardPair {
  readonly a: string
  readonly b: string
  /** The pair's season totals, as the head-to-head view lists them (model/head-to-head-totals.ts). */
  readonly rows: ReadonlyArray<TotalsRow>
  /** Whether A and B are placeholders (their names without the data's note). */
  readonly placeholders?: readonly [boolean, boolean]
  /** A pair across classes: each one's class (points are each in its own class); else null. */
  readonly classes: readonly [ClassTag | null, ClassTag | null] | null
  /**
   * The gap as the card's largest figure ("63", "level"), and the pair in words under it, as
   * the head-to-head view says it (model/pair-standing.ts): "Dickinson (Pro, 1st) 197 – Sargent
   * (Pro, 2nd) 134: Dickinson 63 points ahead."
   */
  readonly gap: { readonly figure: string; readonly sentence: string }
}

/** What the head-to-head card says with fewer than two picks. */
export const NO_PAIR = 'Pick two drivers for a head-to-head.'

/** Why the picks make no pair, as the head-to-head view says it; a teams card asks for teams. */
export function noPairWords(
  picked: ReadonlyArray<PickedEntry>,
  step: number,
  teams = false,
): string {
  const [pickA, pickB] = picked
  if (pickA !== undefined && pickB !== undefined) return noPairSentence(pickA, pickB, step)
  return teams ? 'Pick two teams for a head-to-head.' : NO_PAIR
}

/** Two picked entries after progression step `step`, each measured in its own championship. */
export function cardPair(
  season: Season,
  pickA: PickedEntry,
  pickB: PickedEntry,
  step: number,
  isPlaceholder: (id: string) => boolean,
): CardPair | null {
  const standing = pairStanding(pickA, pickB, step)
  const pair = compareEntries(pickA, pickB, step)
  if (standing === null || pair === null) return null
  const { across } = standing
  const gap = roundPoints(standing.a.points - standing.b.points)
  const classOf = (classId: string | null) => classTagOf(season, classId ?? undefined)
  return {
    a: shownName(pair.a.name),
    b: shownName(pair.b.name),
    placeholders: [isPlaceholder(pair.a.id), isPlaceholder(pair.b.id)],
    classes: across ? [classOf(standing.a.classId), classOf(standing.b.classId)] : null,
    gap: {
      figure: gapFigure(gap),
      sentence: pairStandingSentence(standing),
    },
    rows: headToHeadTotals(pair, standing),
  }
}
