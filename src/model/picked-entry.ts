import type { ChampionshipProgression } from '../engine/scoring/progression.ts'

/**
 * An entry picked for a chart or a comparison, with the championship it scores in. From "All
 * classes" two picks may come from different class championships of one season: each is measured
 * in its own class, race by race over the same calendar (docs/dashboard.md#charts).
 */
export interface PickedEntry {
  readonly progression: ChampionshipProgression
  readonly id: string
}

/** Whether the picks come from more than one championship (names then say which). */
export function acrossChampionships(picked: ReadonlyArray<PickedEntry>): boolean {
  return new Set(picked.map((p) => p.progression.championship.id)).size > 1
}
