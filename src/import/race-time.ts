/**
 * A timing-sheet time in seconds: `H:MM:SS.mmm`, `M:SS.mmm`, `SS.mmm`, and the ACO form with an
 * apostrophe for minutes (`1'58.056`, `5:44'41.101`). Null for anything else.
 */
export function parseRaceTime(text: string): number | null {
  const trimmed = text.trim().replace("'", ':')
  if (!/^(\d+:){0,2}\d+(\.\d+)?$/.test(trimmed)) return null
  return trimmed
    .split(':')
    .map(Number)
    .reduce((total, part) => total * 60 + part, 0)
}
