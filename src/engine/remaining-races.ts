import type { CalendarRace } from './calendar.ts'
import { countsRace } from './eligibility.ts'
import type { ChampionshipProgression } from './progression.ts'
import { ruleOf } from './scored-race.ts'
import type { SeasonStandings } from './season-standings.ts'

/** A race still to be scored, with what a car can take from it (docs/scoring-rules.md#scenarios). */
export interface RemainingRace {
  readonly race: CalendarRace
  /** Points by place (1-based index − 1), the race multiplier applied. */
  readonly prizes: ReadonlyArray<number>
  readonly pole: number
  readonly fastestLap: number
  /** Whether the fastest-lap bonus is limited to places at or above this. */
  readonly fastestLapMaxPosition: number | null
  /** Whether the race's score may be dropped. */
  readonly droppable: boolean
  /** Whether places in the race count for countback. */
  readonly countsForCountback: boolean
}

/** The most one car can score in a race: the win plus both bonuses. */
export function maxRaceScore(race: RemainingRace): number {
  return (race.prizes[0] ?? 0) + race.pole + race.fastestLap
}

/**
 * The races of a championship not yet scored as of progression step `step`: every later race
 * of the calendar it counts, and any earlier one still without results.
 */
export function remainingRaces(
  standings: SeasonStandings,
  progression: ChampionshipProgression,
  step: number,
): ReadonlyArray<RemainingRace> {
  const { championship } = progression
  const done = new Set(progression.steps.slice(0, step + 1).map((race) => race.race.id))
  const keep = new Set(championship.drops?.keep ?? [])
  return standings.calendar.flatMap((race): Array<RemainingRace> => {
    const rule = ruleOf(standings.season, race.race.type)
    if (rule === undefined || done.has(race.race.id) || !countsRace(championship, race.race.id))
      return []
    const multiplier = race.race.pointsMultiplier ?? 1
    return [
      {
        race,
        prizes: rule.points.map((points) => points * multiplier),
        pole: rule.bonuses?.pole ?? 0,
        fastestLap: rule.bonuses?.fastestLap ?? 0,
        fastestLapMaxPosition: rule.bonuses?.fastestLapMaxPosition ?? null,
        droppable: (championship.drops?.worst ?? 0) > 0 && !keep.has(race.race.id),
        countsForCountback: rule.countback ?? race.race.type === 'race',
      },
    ]
  })
}
