import type { CalendarRace } from '../engine/scoring/calendar.ts'
import { entrySeries } from '../engine/scoring/progression-series.ts'
import type { PickedEntry } from './picked-entry.ts'
import { formatPoints } from './format-points.ts'
import { listEndingInRaces, raceName, type NamedRace } from './race-name.ts'
import { shortNameOf } from './short-name.ts'

/** One of the pair: its id, its name and the short name the data gives, if it does. */
export interface PairEntry {
  readonly id: string
  readonly name: string
  readonly shortName?: string
}

const pairEntry = ({ id, name, shortName }: PairEntry): PairEntry =>
  shortName === undefined ? { id, name } : { id, name, shortName }

/**
 * The points gap between two entries after every race (docs/dashboard.md#charts): positive when
 * `a` is ahead. Lead changes are the races after which the one ahead of the pair changed (or the
 * two drew level); the largest gap is the widest either way.
 */
export interface PairGap {
  readonly a: PairEntry
  readonly b: PairEntry
  /** One per progression step up to the one shown; gap null before both are in the table. */
  /** `race`: its place in the calendar (1-based); `label`: as the series counts it ("R10", "S10"). */
  readonly points: ReadonlyArray<{
    readonly race: number
    readonly label: string
    readonly gap: number | null
  }>
  /** The race of each point, in the same order: the summary names them (race-name.ts). */
  readonly races: ReadonlyArray<CalendarRace>
  readonly leadChanges: LeadChanges<number>['leadChanges']
  readonly largest: LeadChanges<number>['largest']
  /** The two championships' names when the pair spans classes (each scores in its own). */
  readonly across: readonly [string, string] | null
}

export function pairGap(
  pickA: PickedEntry,
  pickB: PickedEntry,
  lastStep: number,
  beforeDrops = false,
): PairGap | null {
  const { progression } = pickA
  const a = entrySeries(progression, pickA.id)
  const b = entrySeries(pickB.progression, pickB.id)
  if (a === null || b === null || pickA.id === pickB.id) return null
  const pointsOf = (series: typeof a) => (beforeDrops ? series.pointsBeforeDrops : series.points)
  const [pa, pb] = [pointsOf(a), pointsOf(b)]
  const races = progression.steps.slice(0, lastStep + 1)
  const points = races.map((race, step) => {
    const x = pa[step] ?? null
    const y = pb[step] ?? null
    return {
      race: race.index + 1,
      label: race.label,
      gap: x === null || y === null ? null : x - y,
    }
  })
  const { leadChanges, largest } = leadChangesOf(points)
  return {
    a: pairEntry(a),
    b: pairEntry(b),
    points,
    races,
    leadChanges,
    largest,
    across:
      progression === pickB.progression
        ? null
        : [progression.championship.name, pickB.progression.championship.name],
  }
}

/**
 * The pair's story in one paragraph, naming every lead change: "Rosberg led Hamilton by 8 after
 * round 1, Australia. The lead changed twice: Hamilton ahead after round 11, Hungary, and Rosberg
 * ahead after round 15, Singapore. After round 21, Abu Dhabi, Rosberg leads Hamilton by 5.
 * Largest gap: 43 (Rosberg ahead, after round 4, Russia)."
 */
export function pairGapSummary(pair: PairGap): string {
  const name = (who: 'a' | 'b') => shortNameOf(pair[who])
  const known = pair.points.flatMap(({ gap }, step) => {
    const race = pair.races[step]
    return gap === null || race === undefined ? [] : [{ race, gap }]
  })
  const first = known[0]
  const last = known.at(-1)
  if (first === undefined || last === undefined)
    return `${name('a')} and ${name('b')} have not yet both scored.`
  const standing = (gap: number, past: boolean) =>
    gap === 0
      ? `${name('a')} and ${name('b')} ${past ? 'were' : 'are'} level`
      : `${name(gap > 0 ? 'a' : 'b')} ${past ? 'led' : 'leads'} ${name(gap > 0 ? 'b' : 'a')} by ${formatPoints(Math.abs(gap))}`
  const sentences = [`${standing(first.gap, true)} after ${raceName(first.race)}.`]
  // The same changes as pair.leadChanges, with the races they came after.
  const { leadChanges, largest } = leadChangesOf(known)
  if (leadChanges.length > 0) sentences.push(leadChangeSentence(leadChanges, name))
  // No change from a draw: level after every race, which is no lead at all.
  else if (known.length > 1)
    sentences.push(
      first.gap === 0 ? 'They were level after every race.' : 'The lead never changed.',
    )
  if (last !== first)
    sentences.push(`After ${raceName(last.race, { more: true })} ${standing(last.gap, false)}.`)
  if (largest !== null && largest.gap !== 0)
    sentences.push(
      `Largest gap: ${formatPoints(Math.abs(largest.gap))} (${name(largest.gap > 0 ? 'a' : 'b')} ahead, after ${raceName(largest.race)}).`,
    )
  if (pair.across !== null)
    sentences.push(
      `Points in each driver's own class: ${name('a')} in ${pair.across[0]}, ${name('b')} in ${pair.across[1]}.`,
    )
  return sentences.join(' ')
}

/**
 * Who of a pair is ahead after each race, from the gap (a minus b): every race after which that
 * changed (or the two drew level), and the widest gap either way.
 */
export function leadChangesOf<Race>(
  points: ReadonlyArray<{ readonly race: Race; readonly gap: number | null }>,
): LeadChanges<Race> {
  const leadChanges: Array<LeadChange<Race>> = []
  let largest: LeadChanges<Race>['largest'] = null
  let before: LeadChange<Race>['leader'] | null = null
  for (const { race, gap } of points) {
    if (gap === null) continue
    const leader = gap > 0 ? 'a' : gap < 0 ? 'b' : 'level'
    if (before !== null && leader !== before) leadChanges.push({ race, leader })
    before = leader
    if (largest === null || Math.abs(gap) > Math.abs(largest.gap)) largest = { race, gap }
  }
  return { leadChanges, largest }
}

/** After which race the one ahead of a pair changed, and who is ahead (or level) after it. */
export interface LeadChange<Race> {
  readonly race: Race
  readonly leader: 'a' | 'b' | 'level'
}

/** Every lead change of a pair, and the widest gap either way (positive: `a` ahead). */
export interface LeadChanges<Race> {
  readonly leadChanges: ReadonlyArray<LeadChange<Race>>
  readonly largest: { readonly race: Race; readonly gap: number } | null
}

/**
 * "The lead changed twice: Hamilton ahead after round 11, Hungary, and Rosberg ahead after round
 * 15, Singapore."
 */
export function leadChangeSentence(
  changes: ReadonlyArray<LeadChange<NamedRace>>,
  name: (who: 'a' | 'b') => string,
): string {
  // A draw is not a change of lead: with one in the list, the sentence says both.
  const opening = changes.some((change) => change.leader === 'level')
    ? 'They drew level or swapped places'
    : 'The lead changed'
  return `${opening} ${times(changes.length)}: ${listEndingInRaces(
    changes.map(({ race, leader }) => ({
      words: leader === 'level' ? 'level after ' : `${name(leader)} ahead after `,
      race,
    })),
  )}.`
}

function times(count: number): string {
  return count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`
}
