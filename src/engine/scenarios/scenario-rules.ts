import { fastestLapCountsAt } from '../scoring/bonus-conditions.ts'
import { compareHistograms } from '../scoring/countback.ts'
import { sumOfLowest, type DropPart } from '../scoring/drops.ts'
import type { RemainingRace } from './remaining-races.ts'
import { roundPoints } from '../scoring/round-points.ts'
import type { EntryField, Tally } from './scenario-tally.ts'

/** Group key meaning "the whole race": places overall, or teams by rank. */
export const WHOLE = '*'

/** How a championship turns cars into entries: drivers, teams adding cars up, teams by rank. */
export type ScenarioMethod = 'drivers' | 'sum' | 'rank'

/** Everything the scenarios of one championship need to know of its rules. */
export interface ScenarioRules {
  readonly method: ScenarioMethod
  /** `sum` teams: how many cars score per race; null: all. */
  readonly carsPerRace: number | null
  /** The parts of the drop rule: each discards its own `worst` lowest droppable scores. */
  readonly parts: ReadonlyArray<DropPart>
  /** Per part: whether remaining race i may be dropped in it (made once, read in hot loops). */
  readonly droppableIn: ReadonlyArray<(race: number) => boolean>
  /** Whether the final standings discard scores. */
  readonly dropsAtEnd: boolean
  /** How many places countback compares: 0 none, Infinity every place (`countbackDepth`). */
  readonly countback: number
  readonly remaining: ReadonlyArray<RemainingRace>
  /** The classes the championship counts (every class of the season when it names none). */
  readonly classes: ReadonlyArray<string>
}

/** Final points and countback places: enough to say who finishes ahead of whom. */
export interface Standing {
  readonly points: number
  readonly places: ReadonlyArray<number>
}

/** An entry's extremes: scoring nothing more, and taking the best of every remaining race. */
export interface Contender {
  readonly tally: Tally
  readonly min: Standing
  readonly max: Standing
}

/**
 * Final points if the entry scores `scores[i]` in remaining race i, computed the way the
 * standings are (docs/scoring-rules.md#drops): adjustments still to come count, and the lowest
 * droppable scores come off when the final standings apply drops.
 */
export function finalPoints(tally: Tally, rules: ScenarioRules, scores: ArrayLike<number>): number {
  const { remaining } = rules
  let total = tally.total + tally.toCome
  for (let i = 0; i < scores.length; i += 1) total += scores[i] ?? 0
  if (rules.dropsAtEnd) {
    // Every remaining race gets a score, 0 where none is given: a 0 can be dropped too.
    const all = scores.length === remaining.length ? scores : padded(scores, remaining.length)
    // Each part of a split season discards its own lowest (one part otherwise).
    const { parts, droppableIn } = rules
    for (let p = 0; p < parts.length; p += 1)
      total -= sumOfLowest(
        tally.lowest[p] ?? NONE,
        all,
        droppableIn[p] ?? never,
        parts[p]?.worst ?? 0,
      )
  }
  return roundPoints(total)
}

const NONE: ReadonlyArray<number> = []
const never = () => false

/** Per part of the drop rule: which remaining races it may drop (ScenarioRules.droppableIn). */
export function droppableIn(
  remaining: ReadonlyArray<RemainingRace>,
  parts: ReadonlyArray<DropPart>,
): ReadonlyArray<(race: number) => boolean> {
  return parts.map(
    (_, p) => (i: number) => remaining[i]?.droppable === true && remaining[i]?.part === p,
  )
}

function padded(scores: ArrayLike<number>, length: number): Array<number> {
  const all = new Array<number>(length).fill(0)
  for (let i = 0; i < Math.min(length, scores.length); i += 1) all[i] = scores[i] ?? 0
  return all
}

/**
 * Whether `a` finishes ahead of `b`: more points, or level and ahead on countback when the
 * championship uses it (docs/scoring-rules.md#countback). Level on everything is not ahead.
 */
export function isAhead(a: Standing, b: Standing, countback: number): boolean {
  if (a.points !== b.points) return a.points > b.points
  return countback > 0 && compareHistograms(a.places, b.places, countback) < 0
}

/**
 * Whether `entry` must finish on more points than `target` to get ahead of it: level on points is
 * enough only where countback is used and the entry's best possible record (every remaining
 * race won) would beat the target's.
 */
export function mustOutscore(entry: Contender, target: Standing, countback: number): boolean {
  return (
    countback === 0 ||
    !isAhead({ points: target.points, places: entry.max.places }, target, countback)
  )
}

/**
 * The classes an entry's cars race in: a driver who has raced nowhere yet takes the class of the
 * table (`key`), or its first counted class when the table is of every class.
 */
export function classesOf(
  field: EntryField,
  rules: ScenarioRules,
  key: string,
): ReadonlyArray<string> {
  switch (field.kind) {
    case 'none':
      return []
    case 'cars':
      return field.classes
    case 'free':
      return [key === WHOLE ? (rules.classes[0] ?? '') : key]
  }
}

/**
 * Whether every car of `race` shares one ladder of places: places overall, or teams ranked by
 * their best car (docs/scoring-rules.md#teams-championships).
 */
export function wholeRace(rules: ScenarioRules, race: Pick<RemainingRace, 'awardBy'>): boolean {
  return rules.method === 'rank' || race.awardBy === 'overall'
}

/** The group a car of class `cls` shares places with in `race`. */
export function groupIn(
  rules: ScenarioRules,
  race: Pick<RemainingRace, 'awardBy'>,
  cls: string,
): string {
  return wholeRace(rules, race) ? WHOLE : cls
}

/** Teams ranked by their best car take no pole or fastest-lap points. */
export function takesBonuses(rules: ScenarioRules): boolean {
  return rules.method !== 'rank'
}

/**
 * The best an entry can take from one race: its cars take the top places of their class (or of
 * the race, when places are overall) with the pole and the fastest lap. A `rank` team takes the
 * top rank (no bonuses); a `sum` team counts its best `carsPerRace` cars. Points tables are read
 * as never rising down the order (the data check warns otherwise).
 */
export function bestResult(
  rules: ScenarioRules,
  race: RemainingRace,
  field: EntryField,
): { readonly points: number; readonly places: ReadonlyArray<number> } {
  if (field.kind === 'none') return { points: 0, places: [] }
  const win = race.prizes[0] ?? 0
  const bonus = race.pole + bonusForFastestLap(race, 1)
  const places = (...list: Array<number>) => (race.countsForCountback ? list : [])
  if (!takesBonuses(rules)) return { points: win, places: places(1) }
  const classes = field.kind === 'free' ? [''] : field.classes
  if (rules.method === 'drivers' || classes.length === 1)
    return { points: win + bonus, places: places(1) }
  // A team's cars: the k-th car of a group takes place k; each group's best car the bonuses.
  const taken = new Map<string, number>()
  const cars = classes.map((cls) => {
    const group = race.awardBy === 'overall' ? '' : cls
    const place = (taken.get(group) ?? 0) + 1
    taken.set(group, place)
    return { place, points: (race.prizes[place - 1] ?? 0) + (place === 1 ? bonus : 0) }
  })
  const counted = cars
    .map((car) => car.points)
    .toSorted((a, b) => b - a)
    .slice(0, rules.carsPerRace ?? cars.length)
  return {
    points: counted.reduce((sum, points) => sum + points, 0),
    places: places(...cars.map((car) => car.place)),
  }
}

/** The fastest-lap bonus for a car classified at `place`, given the race's condition. */
export function bonusForFastestLap(race: RemainingRace, place: number | null): number {
  return fastestLapCountsAt(race.fastestLapMaxPosition, place) ? race.fastestLap : 0
}
