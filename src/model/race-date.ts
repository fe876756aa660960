import type { RaceDef } from '../engine/types.ts'

/** A race's date as shown: the ISO date, or "date not known" (docs/data-format.md#races). */
export function raceDate(race: RaceDef): string {
  return race.date ?? 'date not known'
}
