import type { CalendarRace } from './calendar.ts'
import { highestPlace } from './countback.ts'
import type { Interner } from './interner.ts'
import { scoreRace, type ScoredRow } from './score-race.ts'
import type { Championship, RaceResults, ScoringRule, Season } from '../types.ts'

/** A race whose result counts, scored once and shared by every championship. */
export interface ScoredRace {
  readonly race: CalendarRace
  readonly rule: ScoringRule
  readonly results: RaceResults
  /** In finishing order. */
  readonly rows: ReadonlyArray<ScoredRow>
  /** Whether places in this race count for countback (docs/scoring-rules.md#countback). */
  readonly countsForCountback: boolean
  /**
   * The highest place its results can add to countback (`highestPlace`): read once here, not
   * once per championship (every championship's progression sizes its histogram by it).
   */
  readonly highestPlace: number
}

/** Scores one race with its type's rule (docs/scoring-rules.md#race-points). */
export function toScoredRace(
  race: CalendarRace,
  rule: ScoringRule,
  results: RaceResults,
  intern?: Interner,
): ScoredRace {
  const countsForCountback = countsForCountbackIn(race, rule)
  const multiplier = race.race.pointsMultiplier ?? 1
  const rows = scoreRace(results.rows, rule, {
    multiplier,
    raceIndex: race.index,
    countsForCountback,
    intern,
  })
  return { race, rule, results, rows, countsForCountback, highestPlace: highestPlace(rows) }
}

/** The scoring rule of a race type; own keys only, so "constructor" is never a rule. */
export function ruleOf(season: Season, type: string): ScoringRule | undefined {
  return Object.hasOwn(season.scoring, type) ? season.scoring[type] : undefined
}

/**
 * The rule a championship scores a race type by: its own (`championship.scoring`), else the
 * season's.
 */
export function ruleFor(
  season: Season,
  championship: Championship,
  type: string,
): ScoringRule | undefined {
  const own = championship.scoring
  return own !== undefined && Object.hasOwn(own, type) ? own[type] : ruleOf(season, type)
}

/**
 * The season's scored races as a championship with its own scoring rules scores them: the
 * same races, rescored where its rule differs (the season's scores otherwise, shared).
 */
export function scoredFor(
  season: Season,
  championship: Championship,
  scored: ReadonlyArray<ScoredRace>,
  intern?: Interner,
): ReadonlyArray<ScoredRace> {
  if (championship.scoring === undefined) return scored
  return scored.map((race) => {
    const rule = ruleFor(season, championship, race.race.race.type)
    return rule === undefined || rule === race.rule
      ? race
      : toScoredRace(race.race, rule, race.results, intern)
  })
}

/**
 * Whether places in a race count for countback: type `race` unless its rule says otherwise
 * (docs/scoring-rules.md#countback). The one place this default is written.
 */
export function countsForCountbackIn(race: CalendarRace, rule: ScoringRule): boolean {
  return rule.countback ?? race.race.type === 'race'
}
