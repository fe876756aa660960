/** "R8" for the race with id `id` of the calendar (its `label`); the id itself if it lacks it. */
export function raceLabelOf(
  calendar: ReadonlyArray<{ readonly label: string; readonly race: { readonly id: string } }>,
  id: string,
): string {
  return calendar.find((r) => r.race.id === id)?.label ?? id
}
