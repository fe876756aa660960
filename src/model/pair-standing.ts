import { roundPoints } from '../engine/scoring/round-points.ts'
import { standingsAt } from '../engine/scoring/standings.ts'
import type { PickedEntry } from './picked-entry.ts'
import { formatPoints, pointsText } from './format-points.ts'
import { ordinal } from './ordinal.ts'
import { shortNameOf } from './short-name.ts'

/** One of a pair as it stands in its own championship (its class, from All classes). */
export interface PairSide {
  readonly id: string
  readonly name: string
  readonly shortName?: string
  /** The championship it is measured in ("Pro-Am"); shown as its class when it has classes. */
  readonly championship: string
  /** The class of a one-class championship (its badge); null for Drivers, Entrants, F1. */
  readonly classId: string | null
  /** Whether the championship scores classes: then its name is said with the position. */
  readonly classed: boolean
  /** Position in its own championship and its points there (after drops, as the table). */
  readonly position: number
  readonly points: number
}

/** Two entries side by side, each in its own table, after one step. */
export interface PairStanding {
  readonly a: PairSide
  readonly b: PairSide
  /** The two are measured in different championships (a pair across classes). */
  readonly across: boolean
}

function sideOf(pick: PickedEntry, step: number): PairSide | null {
  const { championship } = pick.progression
  const row = standingsAt(pick.progression, step).find((r) => r.id === pick.id)
  if (row === undefined) return null
  const classes = championship.classes ?? []
  return {
    id: row.id,
    name: row.name,
    ...(row.shortName === undefined ? {} : { shortName: row.shortName }),
    championship: championship.name,
    classId: classes.length === 1 ? (classes[0] ?? null) : null,
    classed: classes.length > 0,
    position: row.position,
    points: row.points,
  }
}

/**
 * Where each of two picked entries stands after progression step `step`, each in its own
 * championship (docs/dashboard.md#views: from All classes a pair may span classes). Null when
 * one is not in its table yet, or both picks are the same entry.
 */
export function pairStanding(
  pickA: PickedEntry,
  pickB: PickedEntry,
  step: number,
): PairStanding | null {
  if (pickA.id === pickB.id) return null
  const a = sideOf(pickA, step)
  const b = sideOf(pickB, step)
  if (a === null || b === null) return null
  return { a, b, across: pickA.progression.championship.id !== pickB.progression.championship.id }
}

/** "2nd in Pro-Am", or "2nd" in a championship without classes. */
export function sidePlace(side: PairSide): string {
  return side.classed ? `${ordinal(side.position)} in ${side.championship}` : ordinal(side.position)
}

/**
 * The pair and the gap between them in one line, each measured in its own class: "Sargent (Pro,
 * 2nd) 257 – Castro (Pro-Am, 1st) 342: Castro 85 points ahead, in different classes." Level
 * points say "level on points" (the word the tables use, model/format-points.ts).
 */
export function pairStandingSentence({ a, b, across }: PairStanding): string {
  const said = (side: PairSide) =>
    `${shortNameOf(side)} (${side.classed ? `${side.championship}, ` : ''}${ordinal(side.position)}) ${formatPoints(side.points)}`
  const gap = roundPoints(a.points - b.points)
  const ahead = gap > 0 ? a : b
  const verdict =
    gap === 0 ? 'level on points' : `${shortNameOf(ahead)} ${pointsText(Math.abs(gap))} ahead`
  const where = across ? `, ${apart(a.classed && b.classed)}` : ''
  return `${said(a)} – ${said(b)}: ${verdict}${where}.`
}

/**
 * What a gap across two tables is said with, wherever it is shown (this sentence, the booth's
 * pair board): "in different classes", or "in different championships" (a driver v a team).
 */
export function apart(bothClasses: boolean): string {
  return bothClasses ? 'in different classes' : 'in different championships'
}

/**
 * Why two picks make no pair, never "pick two" when two are picked: "Pick two different
 * entries." or "Castro is not in the Pro-Am table after R2."
 */
export function noPairSentence(pickA: PickedEntry, pickB: PickedEntry, step: number): string {
  if (pickA.id === pickB.id) return 'Pick two different entries.'
  const missing = [pickA, pickB].find((pick) => sideOf(pick, step) === null)
  if (missing === undefined) return 'Pick two different entries.'
  const { progression, id } = missing
  const entry = progression.entries.find((e) => e.id === id)
  const name = entry === undefined ? id : shortNameOf(entry)
  const race = progression.steps[step]?.label
  return `${name} is not in the ${progression.championship.name} table${race === undefined ? '' : ` after ${race}`}.`
}
