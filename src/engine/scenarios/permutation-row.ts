import type { RaceOutcome } from './race-outcomes.ts'
import type { RivalLimit } from './rival-limit.ts'
import type { Contender, Standing } from './scenario-rules.ts'

export type Verdict = 'always' | 'never' | 'if'

/** One result the leader can take in the next race, and whether it clinches the title there. */
export interface PermutationRow {
  /** For teams adding cars up only `points` says the result (place null, no bonus). */
  readonly leader: RaceOutcome
  readonly clinches: Verdict
  /** One per rival, in `PermutationTable.rivals` order. */
  readonly limits: ReadonlyArray<RivalLimit>
}

/** What the table needs of one rival: how it finishes after the next race takes `outcome`. */
export interface RivalSide {
  readonly contender: Contender
  readonly sameGroup: boolean
  readonly final: (points: number, place: number | null) => Standing
}

/** A row's verdict from its rivals' limits: never if one stays alive whatever, always if none is limited. */
export function verdictOf(limits: ReadonlyArray<RivalLimit>): Verdict {
  if (limits.some((limit) => limit.kind === 'alive')) return 'never'
  // A rival that must not start leaves the leader a condition, not nothing.
  return limits.every((limit) => limit.kind === 'any') ? 'always' : 'if'
}
