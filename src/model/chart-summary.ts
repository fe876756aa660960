import { chartAxisLabel, type ChartKind, type ChartLine } from './chart-lines.ts'
import { formatPoints } from './format-points.ts'
import { leadChangeSentence, leadChangesOf } from './pair-gap.ts'
import { ordinalWord } from './ordinal.ts'
import { raceName, type InSentence, type NamedRace } from './race-name.ts'
import { shortNameOf } from './short-name.ts'

function firstShared(a: ChartLine, b: ChartLine): number {
  return a.values.findIndex((value, step) => value !== null && b.values[step] !== null)
}

/**
 * One sentence a screen reader (or a commentator) can use instead of the picture, e.g.
 * "Dickinson's lead over Sargent grew from 8 after race 1 to 63 after race 8 (largest: 70 after
 * race 7)." `races` are the charted races, one a step.
 */
export function chartSummary(
  kind: ChartKind,
  lines: ReadonlyArray<ChartLine>,
  races: ReadonlyArray<NamedRace>,
  /** Lines of several classes, each to its own class leader. */
  across = false,
): string {
  const last = races.length - 1
  const lastRace = races[last]
  if (lines.length === 0 || lastRace === undefined) return 'No results to chart yet.'
  const raceAt = (step: number) => races[step] ?? lastRace
  const at = (step: number, place: InSentence = {}) => `after ${raceName(raceAt(step), place)}`
  const end = at(last)
  const [a, b] = lines
  if (kind === 'position') {
    const list = lines
      .map(
        (line) =>
          `${shortNameOf(line)} ${line.values[last] == null ? 'not classified' : ordinalWord(line.values[last])}`,
      )
      .join(', ')
    return `Championship positions ${end}: ${list}.`
  }
  // One line of the gap chart is its gap to the leader, never its points; lines of two classes
  // are each measured to their own leader, so neither is "behind" the other.
  if (a === undefined || b === undefined || kind === 'points' || across) {
    const list = lines
      .map((line) => `${shortNameOf(line)} ${formatPoints(line.values[last] ?? 0)}`)
      .join(', ')
    return `${chartAxisLabel(kind, across)} ${end}: ${list}.`
  }
  const start = firstShared(a, b)
  if (start < 0) return `${shortNameOf(a)} and ${shortNameOf(b)} have not yet both scored.`
  const lead = (step: number) => (b.values[step] ?? 0) - (a.values[step] ?? 0)
  let best = start
  for (let step = start; step <= last; step += 1) if (lead(step) > lead(best)) best = step
  const from = lead(start)
  const to = lead(last)
  const more = { more: true }
  const nameA = shortNameOf(a)
  const nameB = shortNameOf(b)
  const describe = (value: number) =>
    value === 0
      ? `level with ${nameB}`
      : value > 0
        ? `${formatPoints(value)} ahead of ${nameB}`
        : `${formatPoints(-value)} behind ${nameB}`
  // The gap chart's two lines cross when the pair swaps places: say every swap, never hide one.
  const { leadChanges } = leadChangesOf(
    a.values.map((_, step) => ({
      race: raceAt(step),
      gap: step < start ? null : lead(step),
    })),
  )
  const swaps =
    leadChanges.length === 0
      ? ''
      : ` ${leadChangeSentence(leadChanges, (who) => (who === 'a' ? nameA : nameB))}`
  if (leadChanges.length === 0 && from >= 0 && to >= 0) {
    const verb = to > from ? 'grew' : to < from ? 'shrank' : 'stayed'
    const span =
      verb === 'stayed'
        ? `at ${formatPoints(to)} from ${at(start, more)} to ${at(last)}`
        : `from ${formatPoints(from)} ${at(start, more)} to ${formatPoints(to)} ${at(last)}`
    const peak =
      best !== last && best !== start ? ` (largest: ${formatPoints(lead(best))} ${at(best)})` : ''
    return `${nameA}'s lead over ${nameB} ${verb} ${span}${peak}.`
  }
  return `${nameA} went from ${describe(from)} ${at(start, more)} to ${describe(to)} ${at(last)}.${swaps}`
}
