/** "R8" for the 8th race of the calendar (`index` 0-based), as tables, charts and cards label it. */
export function raceLabel(index: number): string {
  return `R${index + 1}`
}

/** "R8" for the race with id `id` of the calendar; the id itself if the calendar lacks it. */
export function raceLabelOf(
  calendar: ReadonlyArray<{ readonly index: number; readonly race: { readonly id: string } }>,
  id: string,
): string {
  const race = calendar.find((r) => r.race.id === id)
  return race === undefined ? id : raceLabel(race.index)
}
