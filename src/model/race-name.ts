import type { CalendarRace } from '../engine/calendar.ts'

/**
 * A race as the series names it in a sentence (docs/dashboard.md#race-numbers): Formula One by
 * round and Grand Prix ("round 18, Japan"; any other race of the round by its type: "the Qatar
 * sprint"), the Carrera Cup by race ("race 12").
 */
export function raceName(
  race: Pick<CalendarRace, 'index' | 'numbering' | 'race' | 'round'>,
): string {
  if (race.numbering === 'race') return `race ${race.index + 1}`
  const type = race.race.type
  return type === 'race'
    ? `round ${race.round.round}, ${race.round.name}`
    : `the ${race.round.name} ${type}`
}
