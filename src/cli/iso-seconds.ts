/** A moment as the data files write it: ISO 8601 in UTC to the second, "2023-09-16T19:02:11Z". */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d+Z$/, 'Z')
}
