import { readFileSync } from 'node:fs'
import type { Checkpoint } from './compare-standings.ts'

/**
 * Where F1DB disagrees with itself (its standings against its own race results), one entry per
 * checkpoint, with the reason (data-src/f1/f1db-errata.json; ../shared research, rescoring). The
 * engine keeps the rule; such a checkpoint is listed, never absorbed by bending the data.
 */
export interface Erratum {
  readonly year: number
  readonly afterRace: string
  readonly championship: 'drivers' | 'constructors'
  /** "points" when F1DB's points are wrong; otherwise only its order is. */
  readonly differs?: 'points'
  readonly reason: string
}

export function readErrata(path = 'data-src/f1/f1db-errata.json'): ReadonlyArray<Erratum> {
  return JSON.parse(readFileSync(path, 'utf8')) as ReadonlyArray<Erratum>
}

export function isErratum(errata: ReadonlyArray<Erratum>, c: Checkpoint): boolean {
  return errata.some(
    (e) => e.year === c.year && e.afterRace === c.afterRace && e.championship === c.championship,
  )
}
