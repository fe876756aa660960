const twoDigits = (n: number) => String(n).padStart(2, '0')

/**
 * A moment as a 24-hour clock reads it, to the second, in local time: "19:02:11" (freshness bar,
 * revisions). By hand, not `toLocaleTimeString`: its locale data costs 100 ms on a phone before
 * the first view (docs/performance.md).
 */
export function clockTime(ms: number): string {
  const at = new Date(ms)
  return `${twoDigits(at.getHours())}:${twoDigits(at.getMinutes())}:${twoDigits(at.getSeconds())}`
}
