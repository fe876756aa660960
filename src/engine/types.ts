/**
 * The season data contract as engine types (docs/data-format.md). The zod schemas in
 * src/data/ produce exactly these shapes; the engine trusts them and never parses JSON.
 */

export type RaceStatus = 'scheduled' | 'live' | 'provisional' | 'official'

/** What happened to a car in a race. Only `classified` rows carry a position. */
export type RowStatus = 'classified' | 'dnf' | 'dns' | 'dsq' | 'nc'

export type AwardBy = 'class' | 'overall'

export interface ClassDef {
  readonly id: string
  readonly name: string
  readonly color?: string
}

export interface Driver {
  readonly id: string
  readonly name: string
  /**
   * The surname as the source gives it, for sentences and compact labels, when the name alone
   * cannot tell it ("Archie Scott Brown" → "Scott Brown"); without it the model derives one from
   * `name` (model/short-name.ts). docs/data-format.md#short-names
   */
  readonly shortName?: string
  readonly country?: string
  readonly tags?: ReadonlyArray<string>
}

export interface Team {
  readonly id: string
  readonly name: string
}

export interface RaceDef {
  readonly id: string
  readonly name: string
  readonly type: string
  /** ISO date; null: not known (no published source gives it; docs/data-format.md#races). */
  readonly date: string | null
  /** Relative path of the result file inside the season folder. */
  readonly results: string
  /** Multiplies position points only, never bonuses. Default 1. */
  readonly pointsMultiplier?: number
}

export interface Round {
  readonly round: number
  readonly name: string
  readonly circuit?: string
  readonly races: ReadonlyArray<RaceDef>
}

export interface Bonuses {
  readonly pole?: number
  readonly fastestLap?: number
  /** The fastest-lap bonus counts only for a car classified at or above this place. */
  readonly fastestLapMaxPosition?: number
  /** Bonuses count only for classified cars. Default false. */
  readonly requireClassified?: boolean
  /** Default false: when true, a disqualified car keeps its bonuses (Formula One 1959, France). */
  readonly keepWhenDisqualified?: boolean
}

export interface ScoringRule {
  readonly points: ReadonlyArray<number>
  readonly awardBy: AwardBy
  readonly bonuses?: Bonuses
  /** Whether places in races of this type count for countback. Default: only type `race`. */
  readonly countback?: boolean
}

/**
 * Discarded results (docs/scoring-rules.md#drops): a fixed number of the lowest (`worst`), only
 * the `best` N counted after every race, or a split season (`parts`); one of the three.
 */
export interface Drops {
  readonly worst?: number
  readonly best?: number
  readonly parts?: ReadonlyArray<DropPartRule>
  readonly fromRace?: string
  readonly keep?: ReadonlyArray<string>
}

/** One part of a split season: its races (to `toRace`; the last part to the end) count their `best`. */
export interface DropPartRule {
  readonly best: number
  readonly toRace?: string
}

export type TieBreakRule = 'countback'

interface ChampionshipBase {
  readonly id: string
  readonly name: string
  readonly classes?: ReadonlyArray<string>
  readonly races?: ReadonlyArray<string>
  readonly drops?: Drops
  readonly tieBreak?: ReadonlyArray<TieBreakRule>
  /**
   * Countback compares places 1..N only (e.g. the points-scoring places); entries with the same
   * counts of those places share the position (docs/scoring-rules.md#countback).
   */
  readonly countbackPlaces?: number
  /**
   * This championship's own scoring rules by race type, replacing the season's for those types
   * (Formula One 1958–59: no fastest-lap point for constructors; docs/scoring-rules.md#teams).
   */
  readonly scoring?: Readonly<Record<string, ScoringRule>>
  /**
   * Entries excluded from this championship (Schumacher from the 1997 drivers'): their results
   * stand in the races, nobody moves up, and they leave the table
   * (docs/scoring-rules.md#exclusion).
   */
  readonly excluded?: ReadonlyArray<Exclusion>
}

/** A driver (drivers' championships) or team (teams') kept out of one championship. */
export interface Exclusion {
  readonly id: string
  /** Out of the standings from the table after this race on; without it, from the start. */
  readonly afterRace?: string
  readonly reason: string
}

export interface DriversChampionship extends ChampionshipBase {
  readonly kind: 'drivers'
  readonly tags?: ReadonlyArray<string>
}

export type TeamMethod = 'sum' | 'rank'

export interface TeamsChampionship extends ChampionshipBase {
  readonly kind: 'teams'
  readonly method?: TeamMethod
  readonly carsPerRace?: number
}

export type Championship = DriversChampionship | TeamsChampionship

interface AdjustmentBase {
  readonly championship: string
  readonly points: number
  readonly afterRace: string
  readonly reason: string
}

export type Adjustment =
  | (AdjustmentBase & { readonly driver: string; readonly team?: undefined })
  | (AdjustmentBase & { readonly team: string; readonly driver?: undefined })

export interface Season {
  readonly format: 'pitboard-season/1'
  readonly series: { readonly id: string; readonly name: string }
  readonly season: number
  readonly classes: ReadonlyArray<ClassDef>
  readonly drivers: ReadonlyArray<Driver>
  readonly teams: ReadonlyArray<Team>
  readonly rounds: ReadonlyArray<Round>
  readonly scoring: Readonly<Record<string, ScoringRule>>
  readonly championships: ReadonlyArray<Championship>
  readonly adjustments?: ReadonlyArray<Adjustment>
}

interface RowBase {
  readonly car: string
  readonly drivers: ReadonlyArray<string>
  readonly team: string
  readonly class: string
  readonly pole?: boolean
  readonly fastestLap?: boolean
  readonly penaltyPoints?: number
  /**
   * The car keeps its place but scores nothing, bonuses included, in any championship (a car
   * not entered for the championship); its place's points go to nobody. docs/data-format.md#rows
   */
  readonly noPoints?: boolean
  /**
   * Not a championship entry (a guest driver): scores nothing, bonuses included, and takes no
   * place for points: the cars behind it in its class (or overall, per `awardBy`) move up a
   * place for points. Never with `noPoints`. docs/data-format.md#rows
   */
  readonly guest?: boolean
  /**
   * A shared car: each driver's share of the car's points, by `drivers` index (Formula One until
   * 1957 split them: `[0.5, 0.5]`). Without it every driver scores all of them. Teams score the
   * car's points whole. docs/scoring-rules.md#drivers-championships
   */
  readonly shares?: ReadonlyArray<number>
  /** A shared car's fastest lap, set by this driver: the bonus is theirs alone, whole. */
  readonly fastestLapBy?: string
  /**
   * Points given by an official points sheet, not computed: read instead of the points table,
   * the bonuses and the penalty, and final (no multiplier). The row's place is the place the
   * race points stand for on the scale. Never with `noPoints`, `guest`, the `pole` and
   * `fastestLap` flags or `penaltyPoints`. docs/data-format.md#given-points
   */
  readonly given?: GivenPoints
  /** Shown to people, never scored; null = not known. */
  readonly laps?: number | null
  readonly time?: string | null
  readonly bestLap?: string | null
  readonly reason?: string | null
  /**
   * In a file whose `source.kind` is `reconstructed`: this row's status, its place for points,
   * or a pole or fastest lap it holds was filled in, not published. Never scored: only what the
   * surfaces mark. docs/data-format.md#reconstructed-rows
   */
  readonly reconstructed?: boolean
}

/** A row's official points, as the sheet gives them (docs/data-format.md#given-points). */
export interface GivenPoints {
  readonly race: number
  readonly pole?: number
  readonly fastestLap?: number
  /** Taken off, a positive number. */
  readonly penalty?: number
}

export interface ClassifiedRow extends RowBase {
  readonly status: 'classified'
  /** Overall classified position, 1-based. Class positions are derived, never stored. */
  readonly position: number
}

export interface UnclassifiedRow extends RowBase {
  readonly status: 'dnf' | 'dns' | 'dsq' | 'nc'
  readonly position?: undefined
}

export type ResultRow = ClassifiedRow | UnclassifiedRow

export type SourceKind = 'official' | 'reconstructed' | 'imported'

export interface RaceResults {
  readonly format: 'pitboard-results/1'
  readonly race: string
  readonly status: RaceStatus
  readonly updatedAt?: string
  readonly rows: ReadonlyArray<ResultRow>
  /**
   * Classified positions nobody holds: a place vacated after the race with nobody moved up
   * (docs/data-format.md#result-files). The positions of the rows and these run 1..n together.
   */
  readonly vacant?: ReadonlyArray<number>
  readonly source?: {
    readonly kind: SourceKind
    readonly note?: string
    readonly urls?: ReadonlyArray<string>
  }
  readonly notes?: ReadonlyArray<string>
}

/**
 * What the data edge hands the engine for one race: its validated results, or the reason
 * the file could not be used. A race with no entry has no result file yet.
 */
export type RaceFile =
  | { readonly kind: 'results'; readonly results: RaceResults }
  | { readonly kind: 'invalid'; readonly problems: ReadonlyArray<string> }
