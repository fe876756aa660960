import { placePoints } from '../scoring/bonus-conditions.ts'
import type { CalendarRace } from '../scoring/calendar.ts'
import { isDroppable, partOf, type DropPolicy } from '../scoring/drops.ts'
import { countsRace } from '../scoring/eligibility.ts'
import type { RaceState } from '../scoring/race-state.ts'
import { countsForCountbackIn, ruleFor, ruleOf } from '../scoring/scored-race.ts'
import type { AwardBy, Championship, Season } from '../types.ts'

/** A race still to be scored, with what a car can take from it (docs/scoring-rules.md#scenarios). */
export interface RemainingRace {
  readonly race: CalendarRace
  /** Points by place (1-based index − 1), the race multiplier applied. */
  readonly prizes: ReadonlyArray<number>
  readonly pole: number
  readonly fastestLap: number
  /** The fastest-lap bonus counts only at or above this place; null: any place. */
  readonly fastestLapMaxPosition: number | null
  /** Bonuses count only for classified cars. */
  readonly requireClassified: boolean
  /** Places (and the pole and fastest lap) by class, or for the whole race. */
  readonly awardBy: AwardBy
  /** Whether the race's score may be dropped. */
  readonly droppable: boolean
  /** The part of the drop rule the race belongs to (drops.ts). */
  readonly part: number
  /** Whether places in the race count for countback. */
  readonly countsForCountback: boolean
}

/**
 * The races of a championship still without a result as of the race at calendar index
 * `asOfIndex`: every later race of the calendar it counts, and any earlier one not scored yet
 * (no file, a live or scheduled one, an invalid one). `races` is the season's race states.
 */
export function remainingRaces(
  season: Season,
  championship: Championship,
  races: ReadonlyArray<RaceState>,
  asOfIndex: number,
  drops: DropPolicy,
): ReadonlyArray<RemainingRace> {
  return races.flatMap((state): Array<RemainingRace> => {
    const { race } = state
    const rule = ruleFor(season, championship, race.race.type)
    if (rule === undefined || !countsRace(championship, race.race.id)) return []
    if (race.index <= asOfIndex && state.kind === 'scored') return []
    const multiplier = race.race.pointsMultiplier ?? 1
    return [
      {
        race,
        prizes: rule.points.map((_, i) => placePoints(rule.points, i + 1, multiplier)),
        pole: rule.bonuses?.pole ?? 0,
        fastestLap: rule.bonuses?.fastestLap ?? 0,
        fastestLapMaxPosition: rule.bonuses?.fastestLapMaxPosition ?? null,
        requireClassified: rule.bonuses?.requireClassified === true,
        awardBy: rule.awardBy,
        droppable: isDroppable(drops, race.race.id),
        part: partOf(drops, race.index),
        countsForCountback: countsForCountbackIn(race, rule),
      },
    ]
  })
}

/**
 * The calendar index of the race the final standings come after: the last race that can have
 * a result (one whose type has a scoring rule). Drops apply to the final standings when it is at
 * or after `fromRace` (drops.ts).
 */
export function finalRaceIndex(season: Season, races: ReadonlyArray<RaceState>): number {
  for (let i = races.length - 1; i >= 0; i -= 1) {
    const race = races[i]?.race
    if (race !== undefined && ruleOf(season, race.race.type) !== undefined) return race.index
  }
  return -1
}
