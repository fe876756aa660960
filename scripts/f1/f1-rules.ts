import { readFileSync } from 'node:fs'

/** One era of data-src/f1/rules.json: what a Grand Prix and a sprint pay, and what the format cannot say. */
export interface F1Era {
  readonly from: number
  readonly to: number
  readonly points: ReadonlyArray<number>
  readonly fastestLap?: number
  readonly fastestLapMaxPosition?: number
  /** The fastest-lap point stands for a disqualified car (1950s: Moss, France 1959). */
  readonly fastestLapKeptWhenDisqualified?: boolean
  readonly sprint?: ReadonlyArray<number>
  /** A shared car's points are split between its drivers (1950–57): rows carry `shares`. */
  readonly sharedCarsSplit?: boolean
  /** A car shared by several drivers scores nothing (1958–64): its rows are `noPoints`. */
  readonly sharedCarsScoreNothing?: boolean
  /** Countback compares places 1..N only (docs/scoring-rules.md#countback). */
  readonly countbackPlaces?: number
  /** Only the best N results count, after every race (docs/scoring-rules.md#drops). */
  readonly drivers?: F1Counting
  readonly constructors?: F1Counting & {
    readonly carsPerRace?: number
    /** 0: no fastest-lap point for constructors (1958–59). */
    readonly fastestLap?: number
    /** The constructors' own points table (1961: 8 for a win). */
    readonly points?: ReadonlyArray<number>
    /** Grands Prix that do not count for constructors (the Indianapolis 500, 1958–60). */
    readonly skipGrandPrix?: ReadonlyArray<string>
  }
  readonly unsupported?: ReadonlyArray<string>
}

/**
 * Which results count: the `best` N of the season, or a split season — the best of the first
 * `races` Grands Prix, then of the next, the last part to the end (docs/scoring-rules.md#drops).
 */
export interface F1Counting {
  readonly best?: number
  readonly parts?: ReadonlyArray<{ readonly best: number; readonly races?: number }>
}

export interface F1SeasonRules {
  /** A season's own counting (and constructors' table), over its era's. */
  readonly drivers?: F1Counting
  readonly constructors?: F1Counting & { readonly points?: ReadonlyArray<number> }
  readonly multipliers?: Readonly<Record<string, number>>
  /** Entries excluded from a championship (docs/scoring-rules.md#exclusion). */
  readonly excluded?: ReadonlyArray<{
    readonly championship: 'drivers' | 'constructors'
    readonly id: string
    /** Out of the table from the standings after this Grand Prix; without it, from the start. */
    readonly afterGrandPrix?: string
    readonly reason: string
  }>
  /** Fastest laps tied on time whose point went to one driver, by Grand Prix, with the reason. */
  readonly fastestLapTo?: ReadonlyArray<{
    readonly grandPrix: string
    readonly driver: string
    readonly reason: string
  }>
  /** Shared cars whose points were not split equally, with the reason. */
  readonly shares?: ReadonlyArray<{
    readonly grandPrix: string
    readonly drivers: ReadonlyArray<string>
    readonly shares: ReadonlyArray<number>
    readonly reason: string
  }>
  /** Drivers of Formula 2 cars in a Grand Prix, by Grand Prix: class f2, points by F1 places. */
  readonly formula2?: Readonly<Record<string, ReadonlyArray<string>>>
  /** Cars that keep their place but score nothing (result rows flagged `noPoints`). */
  readonly noPoints?: ReadonlyArray<{
    readonly grandPrix: string
    readonly driver: string
    readonly reason: string
  }>
  readonly unsupported?: ReadonlyArray<string>
  readonly adjustments?: ReadonlyArray<{
    readonly championship: 'drivers' | 'constructors'
    readonly driver?: string
    readonly team?: string
    readonly points: number
    readonly afterGrandPrix: string
    readonly reason: string
  }>
}

export interface F1Rules {
  readonly eras: ReadonlyArray<F1Era>
  readonly seasons: Readonly<Record<string, F1SeasonRules>>
}

export function readF1Rules(path = 'data-src/f1/rules.json'): F1Rules {
  return JSON.parse(readFileSync(path, 'utf8')) as F1Rules
}

/** The era a season belongs to; a season no era covers has no rules declared (an error). */
export function eraOf(rules: F1Rules, year: number): F1Era {
  const era = rules.eras.find((e) => e.from <= year && year <= e.to)
  if (era === undefined)
    throw new Error(`no rules declared for ${year}: add its era to data-src/f1/rules.json`)
  return era
}
