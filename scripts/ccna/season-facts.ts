import type { Championship, ScoringRule } from '../../src/engine/types.ts'

/**
 * The input of the Carrera Cup reconstruction (data-src/ccna-*.ts): what the sources say, in a
 * form the solver can read. Everything here is either published (with a source key) or marked
 * as our assumption; the solver fills in only what no source gives.
 */
export interface SeasonFacts {
  readonly season: number
  readonly classes: ReadonlyArray<{
    readonly id: string
    readonly name: string
    readonly color: string
  }>
  readonly teams: ReadonlyArray<{ readonly id: string; readonly name: string }>
  readonly rounds: ReadonlyArray<RoundFacts>
  readonly scoring: ScoringRule
  readonly championships: ReadonlyArray<Championship>
  readonly entrants: ReadonlyArray<EntrantFacts>
  readonly races: ReadonlyArray<RaceFacts>
  /** Which checkpoints (by index in data-src/ccna-checkpoints.json) bind this season, read how. */
  readonly readings: Readonly<Record<number, Reading>>
  /** Other published statements about the standings. */
  readonly published: ReadonlyArray<PublishedStanding>
  /** Seed of the solver's random choices: the same facts always give the same files. */
  readonly seed: number
}

export interface RoundFacts {
  readonly round: number
  readonly name: string
  readonly circuit: string
  readonly races: ReadonlyArray<{ readonly id: string; readonly date: string }>
  /** Published field size by class for the weekend, when known. */
  readonly field?: Readonly<Record<string, number>>
  readonly sources: ReadonlyArray<string>
}

/**
 * One entry: a driver in a car for some weekends. A driver who changed team or number has one
 * entry per spell, with the same id.
 */
export interface EntrantFacts {
  /** Driver id, also the key used everywhere in these facts. */
  readonly id: string
  readonly name: string
  readonly country?: string
  readonly car: string
  readonly team: string
  readonly class: string
  /** Weekends (rounds) entered. */
  readonly weekends: 'all' | ReadonlyArray<number>
  /** Lower is quicker: the order the solver starts from where no source gives a place. */
  readonly pace: number
  readonly tags?: ReadonlyArray<string>
  /** False for an entry whose driver no source names (a placeholder keeps the field size right). */
  readonly named: boolean
  readonly sources: ReadonlyArray<string>
}

/** A class position, or how the car's race ended. */
export type Outcome = number | 'dnf' | 'dns' | 'dsq' | 'nc'

export interface RaceFacts {
  readonly id: string
  readonly sources: ReadonlyArray<string>
  /** What the sources say, in words: the `note` of the result file's `source`. */
  readonly confirmed: ReadonlyArray<string>
  /** Published class positions and retirements. */
  readonly place?: Readonly<Record<string, Outcome>>
  /** Published bounds on a class position, e.g. "on the podium" = [1, 3]. */
  readonly range?: Readonly<Record<string, readonly [number, number]>>
  /** Published overall positions. */
  readonly overall?: Readonly<Record<string, number>>
  /** Published pole sitters, by class. */
  readonly pole?: Readonly<Record<string, string>>
  /** Published fastest laps, by class. */
  readonly fastestLap?: Readonly<Record<string, string>>
  /** Drivers who may not take an unknown pole or fastest lap (a source gives it to no one). */
  readonly noBonus?: ReadonlyArray<string>
  /** Retirement reasons, by driver. */
  readonly reasons?: Readonly<Record<string, string>>
  /** Stewards' decisions and other lines for the result file's `notes`. */
  readonly notes?: ReadonlyArray<string>
  /** Entrants of the weekend who did not take part in this race. */
  readonly absent?: ReadonlyArray<string>
}

/**
 * How a checkpoint is used. `assert` checkpoints must hold exactly; `values` replaces the
 * published values when a conflicting statement is read one way; `skip` says why one is not used.
 */
export type Reading =
  | {
      readonly use: 'assert'
      readonly values?: Readonly<Record<string, number | string>>
      /** Read as after this race instead of the published one. */
      readonly afterRace?: number
      readonly note?: string
    }
  | { readonly use: 'skip'; readonly note: string }

/**
 * A published statement that is not in the checkpoints file but binds the standings all the
 * same (e.g. "eight podiums in fourteen races"), checked like a checkpoint.
 */
export interface PublishedStanding {
  readonly afterRace: number
  readonly championship: string
  readonly statement: string
  readonly values: Readonly<Record<string, number | string>>
  readonly source: string
  readonly valueType: 'points' | 'position' | 'podiums' | 'wins' | 'poles' | 'gapToLeader'
}
