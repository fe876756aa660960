import type { CalendarRace } from '../scoring/calendar.ts'
import { compareHistograms, countbackDepth } from '../scoring/countback.ts'
import { dropsApplyAfter } from '../scoring/drops.ts'
import type { ChampionshipProgression } from '../scoring/progression.ts'
import { finalRaceIndex, remainingRaces, type RemainingRace } from './remaining-races.ts'
import {
  bestResult,
  droppableIn,
  finalPoints,
  isAhead,
  type Contender,
  type ScenarioRules,
  type Standing,
} from './scenario-rules.ts'
import { sameTally } from './same-tally.ts'
import { TallyCursor, type Tally } from './scenario-tally.ts'
import type { SeasonStandings } from '../scoring/season-standings.ts'
import { capacityOf } from './capacity.ts'
import { floorBelow, sameWorst, worstPosition, type WorstScenario } from './worst-position.ts'

export type TitleStatus = 'clinched' | 'contention' | 'eliminated'

/** What is still possible for one entry (docs/scoring-rules.md#scenarios). */
export interface ScenarioRow {
  readonly id: string
  readonly name: string
  /** The driver's short name as the data gives it, if it does (championship-entries.ts `Entry`). */
  readonly shortName?: string
  readonly points: number
  /** Final points if it takes the best of every remaining race. */
  readonly maxPoints: number
  /** Final points if it scores nothing more. */
  readonly minPoints: number
  readonly status: TitleStatus
  readonly bestPosition: number
  readonly worstPosition: number
  /** False when `worstPosition` is a bound: the true worst position may be better, never worse. */
  readonly worstPositionExact: boolean
}

export interface ChampionshipScenarios {
  readonly asOf: CalendarRace
  readonly remaining: ReadonlyArray<RemainingRace>
  readonly rules: ScenarioRules
  /** The table's entries in standings order, then those only an adjustment still to come adds. */
  readonly contenders: ReadonlyArray<Contender>
  /** How many drivers (teams) of the season have raced nowhere yet and could still enter. */
  readonly newcomers: number
  /** What a newcomer can do; null when none can enter (no newcomer, or no race left). */
  readonly newcomer: Contender | null
  /** One per row of the table, in standings order. */
  readonly rows: ReadonlyArray<ScenarioRow>
}

/**
 * Title status, best and worst final position and the points range of every entry of a
 * championship after progression step `step` (docs/scoring-rules.md#scenarios). Title status,
 * best position and the points range are exact; the worst position is exact unless it says so.
 * A cursor shared across calls makes the scenarios after every race one pass.
 */
export function championshipScenarios(
  standings: SeasonStandings,
  progression: ChampionshipProgression,
  step: number,
  cursor: TallyCursor = new TallyCursor(standings.season, standings.scored, progression),
): ChampionshipScenarios {
  const { season } = standings
  const { championship } = progression
  const asOf = progression.steps[step] ?? standings.calendar[0]
  if (asOf === undefined) throw new Error('championshipScenarios: a season without races')
  const remaining = remainingRaces(
    season,
    championship,
    standings.races,
    asOf.index,
    progression.drops,
  )
  const end = Math.max(finalRaceIndex(season, standings.races), asOf.index)
  const rules: ScenarioRules = {
    method: championship.kind === 'drivers' ? 'drivers' : (championship.method ?? 'sum'),
    carsPerRace: championship.kind === 'teams' ? (championship.carsPerRace ?? null) : null,
    parts: progression.drops.parts,
    droppableIn: droppableIn(remaining, progression.drops.parts),
    dropsAtEnd: dropsApplyAfter(progression.drops, end),
    countback: countbackDepth(championship),
    remaining,
    classes: championship.classes ?? season.classes.map((c) => c.id),
  }
  const tallies = cursor.at(step)
  const contenders = tallies.entries.map((tally) => contenderOf(tally, rules))
  const newcomer =
    tallies.newcomers > 0 && remaining.length > 0 ? contenderOf(tallies.newcomer, rules) : null
  const newcomers = newcomer === null ? [] : new Array<Contender>(tallies.newcomers).fill(newcomer)
  const cars = Math.max(
    1,
    ...contenders.map((c) => (c.tally.field.kind === 'cars' ? c.tally.field.classes.length : 1)),
  )
  const capacity = capacityOf(rules, cars, rules.classes.length)
  const order = (a: Standing, b: Standing) => compareStandings(a, b, rules.countback)
  const byMax = contenders
    .map((_, i) => i)
    .toSorted((a, b) => order(contenders[b]!.max, contenders[a]!.max))
  const mins = contenders.map((c) => c.min).toSorted((a, b) => order(b, a))

  // The row above: its entry and its worst case (null for the first row).
  let above: { readonly contender: Contender; readonly worst: WorstScenario } | null = null
  const rows = contenders.slice(0, tallies.tableSize).map((own, i): ScenarioRow => {
    const rival = contenders[byMax[0] === i ? (byMax[1] ?? -1) : (byMax[0] ?? -1)]
    const clinched =
      (rival === undefined || isAhead(own.min, rival.max, rules.countback)) &&
      (newcomer === null || isAhead(own.min, newcomer.max, rules.countback))
    const aheadAnyway = countAhead(mins, own.max, rules.countback)
    const others = () => contenders.filter((_, j) => j !== i)
    let worst: WorstScenario
    // An entry level in every way with the one above it (a block of drivers on 0 points, say)
    // has the same worst case: its rivals are the same list, value for value.
    if (above === null) worst = worstPosition(own.min, others(), newcomers, rules, capacity)
    else if (sameTally(above.contender.tally, own.tally))
      worst = sameWorst(above.contender, above.worst, own)
    else {
      const floor = floorBelow(above.contender, above.worst, own, rules.countback)
      worst = worstPosition(
        own.min,
        others(),
        newcomers,
        rules,
        capacity,
        floor.position,
        floor.passers,
      )
    }
    above = { contender: own, worst }
    const shortName = progression.entries[own.tally.entry]?.shortName
    return {
      id: own.tally.id,
      name: own.tally.name,
      ...(shortName === undefined ? {} : { shortName }),
      points: standingPoints(progression, step, own.tally),
      maxPoints: own.max.points,
      minPoints: own.min.points,
      status: clinched ? 'clinched' : aheadAnyway > 0 ? 'eliminated' : 'contention',
      bestPosition: 1 + aheadAnyway,
      worstPosition: worst.position,
      worstPositionExact: worst.exact,
    }
  })
  return { asOf, remaining, rules, contenders, newcomers: newcomers.length, newcomer, rows }
}

/** Scoring nothing more, and taking the best of every remaining race. */
function contenderOf(tally: Tally, rules: ScenarioRules): Contender {
  const best = rules.remaining.map((race) => bestResult(rules, race, tally.field))
  const places = [...tally.places]
  for (const result of best)
    for (const place of result.places) places[place] = (places[place] ?? 0) + 1
  return {
    tally,
    min: { points: finalPoints(tally, rules, []), places: tally.places },
    max: {
      points: finalPoints(
        tally,
        rules,
        best.map((r) => r.points),
      ),
      places,
    },
  }
}

/** Positive when `a` finishes ahead of `b`, negative when behind, 0 when level. */
function compareStandings(a: Standing, b: Standing, countback: number): number {
  if (a.points !== b.points) return a.points - b.points
  return countback > 0 ? -compareHistograms(a.places, b.places, countback) : 0
}

/** How many of `sorted` (best first) finish ahead of `standing`, by halving. */
function countAhead(
  sorted: ReadonlyArray<Standing>,
  standing: Standing,
  countback: number,
): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (isAhead(sorted[mid]!, standing, countback)) low = mid + 1
    else high = mid
  }
  return low
}

function standingPoints(progression: ChampionshipProgression, step: number, tally: Tally): number {
  return progression.table.points[step * progression.entries.length + tally.entry] ?? 0
}
