/** A moment as a 24-hour clock reads it, to the second: "19:02:11" (freshness bar, revisions). */
export function clockTime(ms: number): string {
  return new Date(ms).toLocaleTimeString([], {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  })
}
