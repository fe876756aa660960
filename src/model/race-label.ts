/** "R8" for the 8th race of the calendar (`index` 0-based), as tables, charts and cards label it. */
export function raceLabel(index: number): string {
  return `R${index + 1}`
}
