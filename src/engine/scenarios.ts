import {
  emptyTally,
  finalPoints,
  finishesAhead,
  tallyOf,
  withPlaces,
  type DropRule,
  type Tally,
} from './final-tally.ts'
import type { ChampionshipProgression } from './progression.ts'
import { maxRaceScore, remainingRaces, type RemainingRace } from './remaining-races.ts'
import type { SeasonStandings } from './season-standings.ts'
import { standingsAt } from './standings.ts'
import { worstPosition } from './worst-position.ts'

export type TitleStatus = 'clinched' | 'contention' | 'eliminated'

/** What is still possible for one entry (docs/scoring-rules.md#scenarios). */
export interface ScenarioRow {
  readonly id: string
  readonly name: string
  readonly points: number
  /** Final points if it wins every remaining race with both bonuses. */
  readonly maxPoints: number
  /** Final points if it scores nothing more. */
  readonly minPoints: number
  readonly status: TitleStatus
  readonly bestPosition: number
  readonly worstPosition: number
  /** False when `worstPosition` is a bound: it could be better, never worse. */
  readonly worstPositionExact: boolean
}

export interface ChampionshipScenarios {
  readonly remaining: ReadonlyArray<RemainingRace>
  readonly drops: DropRule
  readonly tallies: ReadonlyArray<Tally>
  readonly rows: ReadonlyArray<ScenarioRow>
}

/** Most and least each entry can still finish with, as points and countback places. */
export interface Extremes {
  readonly max: number
  readonly maxPlaces: ReadonlyArray<number>
  readonly min: number
  readonly minPlaces: ReadonlyArray<number>
}

export function extremesOf(
  tally: Tally,
  remaining: ReadonlyArray<RemainingRace>,
  drops: DropRule,
): Extremes {
  const wins = remaining.filter((race) => race.countsForCountback).length
  return {
    max: finalPoints(tally, remaining, remaining.map(maxRaceScore), drops),
    maxPlaces: withPlaces(tally.places, 1, wins),
    min: finalPoints(tally, remaining, [], drops),
    minPlaces: tally.places,
  }
}

export function dropRuleOf(
  standings: SeasonStandings,
  progression: ChampionshipProgression,
  remaining: ReadonlyArray<RemainingRace>,
): DropRule {
  const drops = progression.championship.drops
  if (drops === undefined || drops.worst === 0) return { worst: 0, atEnd: false }
  const last = remaining.at(-1)?.race.index ?? progression.steps.at(-1)?.index ?? 0
  const from = standings.calendar.find((race) => race.race.id === drops.fromRace)?.index ?? 0
  return { worst: drops.worst, atEnd: last >= from }
}

/**
 * Title status, best and worst final position and the points range of every entry of a
 * drivers' championship after progression step `step`. Title status and best position are
 * exact: every other car can score nothing. The worst position is exact unless the entries
 * that could pass this one would need the same places (then it is a bound, and said so).
 */
export function championshipScenarios(
  standings: SeasonStandings,
  progression: ChampionshipProgression,
  step: number,
): ChampionshipScenarios {
  const table = standingsAt(progression, step)
  const remaining = remainingRaces(standings, progression, step)
  const drops = dropRuleOf(standings, progression, remaining)
  const tallies = table.map((row) => tallyOf(row, progression, step))
  const extremes = tallies.map((tally) => extremesOf(tally, remaining, drops))
  const newcomer = extremesOf(emptyTally(progression, step), remaining, drops)
  const rows = table.map((row, i): ScenarioRow => {
    const own = extremes[i] ?? newcomer
    const beatsOwnBest = (other: Extremes) =>
      finishesAhead(other.min, other.minPlaces, own.max, own.maxPlaces)
    const ownWorstBeats = (other: Extremes) =>
      finishesAhead(own.min, own.minPlaces, other.max, other.maxPlaces)
    const others = extremes.filter((_, j) => j !== i)
    const clinched = others.every(ownWorstBeats) && ownWorstBeats(newcomer)
    const aheadAnyway = others.filter(beatsOwnBest).length
    const worst = worstPosition(i, tallies, extremes, remaining, drops)
    return {
      id: row.id,
      name: row.name,
      points: row.points,
      maxPoints: own.max,
      minPoints: own.min,
      status: clinched ? 'clinched' : aheadAnyway > 0 ? 'eliminated' : 'contention',
      bestPosition: 1 + aheadAnyway,
      worstPosition: worst.position,
      worstPositionExact: worst.exact,
    }
  })
  return { remaining, drops, tallies, rows }
}
