import type { TieBreak } from '../engine/scoring/countback.ts'
import { noun } from './count-noun.ts'
import { formatPoints } from './format-points.ts'
import { ordinalWord } from './ordinal.ts'

/**
 * Why an entry is below the one ahead on equal points, in one line
 * (docs/scoring-rules.md#countback), e.g. "level on 212: both 8 wins; Bellomo 5 second places to
 * 4". `aheadName` is the entry placed higher, `behindName` the one below it.
 */
export function tieBreakText(tie: TieBreak, aheadName: string, behindName: string): string {
  const points = formatPoints(tie.points)
  if (tie.kind === 'level') {
    const record =
      tie.upTo === undefined
        ? 'place for place'
        : `same record in the top ${tie.upTo} (countback stops there)`
    return `level on ${points} with ${aheadName}, ${record}: position shared (${behindName} listed second by name)`
  }
  const decided = `${aheadName} ${placeCount(tie.place, tie.ahead)} to ${tie.behind}`
  if (tie.shared.length === 0) return `level on ${points}: ${decided}`
  const common =
    tie.shared.length <= 2
      ? tie.shared
          .map((count, i) =>
            count === 0 ? `no ${placeNoun(i + 1, 0)}` : `both ${placeCount(i + 1, count)}`,
          )
          .join(', ')
      : `same record down to ${ordinalWord(tie.shared.length)} place`
  return `level on ${points}: ${common}; ${decided}`
}

/**
 * The tie in a few words, for a table row that keeps to one line ("level on 212, countback");
 * `tieBreakText` is the whole reason, shown on demand.
 */
export function tieBreakSummary(tie: TieBreak): string {
  return `level on ${formatPoints(tie.points)}, ${tie.kind === 'level' ? 'shared' : 'countback'}`
}

/** "8 wins", "1 win", "5 second places". */
function placeCount(place: number, count: number): string {
  return `${count} ${placeNoun(place, count)}`
}

function placeNoun(place: number, count: number): string {
  return place === 1 ? noun(count, 'win') : noun(count, `${ordinalWord(place)} place`)
}
