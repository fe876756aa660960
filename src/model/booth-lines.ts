import type { StandingRow } from '../engine/standings.ts'
import { countNoun, noun } from './count-noun.ts'
import { formatPoints } from './format-points.ts'
import { scenarioRowsById, type ScenarioSummary } from './scenario-summary.ts'
import { shortName } from './short-name.ts'

/**
 * One-line facts a commentator can read out, generated from the standings (never hand-written):
 * "Dickinson has won 7 of 10 Pro races and leads Sargent by 103."
 */
export function boothLines(
  championship: string,
  rows: ReadonlyArray<StandingRow>,
  racesRun: number,
  scenarios: ScenarioSummary | null,
): ReadonlyArray<string> {
  const [leader, second, third] = rows
  if (leader === undefined) return []
  const statusOf = (id: string) =>
    scenarios === null ? undefined : scenarioRowsById(scenarios).get(id)
  const lines: Array<string> = []
  const won = `${shortName(leader.name)} has won ${leader.stats.wins} of ${racesRun} ${championship} ${noun(racesRun, 'race')}`
  if (second === undefined) lines.push(`${won}.`)
  else if (second.points === leader.points)
    lines.push(
      `${won} and is level with ${shortName(second.name)} on ${formatPoints(leader.points)}.`,
    )
  else
    lines.push(`${won} and leads ${shortName(second.name)} by ${formatPoints(second.gapToLeader)}.`)
  for (const row of [second, third]) {
    if (row === undefined) continue
    const status = statusOf(row.id)
    const chance =
      status?.status === 'eliminated'
        ? ' and can no longer win the title'
        : status?.status === 'contention'
          ? `, ${formatPoints(row.gapToLeader)} behind with ${formatPoints(status.maxPoints - row.points)} still to play for`
          : ''
    lines.push(
      `${shortName(row.name)} has ${countNoun(row.stats.podiums, 'podium')} in ${countNoun(row.stats.starts, 'start')}${chance}.`,
    )
  }
  const poles = rows.toSorted((a, b) => b.stats.poles - a.stats.poles)[0]
  if (poles !== undefined && poles.stats.poles > 0)
    lines.push(`Most poles: ${shortName(poles.name)}, ${poles.stats.poles}.`)
  return lines
}
