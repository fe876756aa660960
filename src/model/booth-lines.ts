import type { CalendarRace } from '../engine/scoring/calendar.ts'
import { countsRace } from '../engine/scoring/eligibility.ts'
import { countsForCountbackIn, ruleFor } from '../engine/scoring/scored-race.ts'
import type { StandingRow } from '../engine/scoring/standings.ts'
import type { Championship } from '../engine/types.ts'
import { countNoun } from './count-noun.ts'
import { formatPoints } from './format-points.ts'
import { countRaces } from './race-name.ts'
import { scenarioRowsById } from './scenario-rows-by-id.ts'
import type { ScenarioSummary } from './scenario-summary.ts'
import type { SeasonModel } from './season-model.ts'
import { shortNameOf } from './short-name.ts'
import { standingsStatus, statusRaces, statusWord } from './standings-status.ts'

/**
 * A line a commentator can read out (docs/dashboard.md#booth). A `fact` counts finished races
 * only (wins, starts and gaps of a running race are never in it) and says so when a finished race
 * is still provisional; a `projection` (as it stands, or a what-if) says in its own words that it is a projection.
 */
export interface BoothLine {
  readonly kind: 'fact' | 'projection'
  /** The status word to show beside it (LIVE, HYPOTHETICAL, PROVISIONAL); null: official. */
  readonly word: ReturnType<typeof statusWord>
  readonly text: string
}

/**
 * The booth's lines for a championship after `step` of the model's standings, generated from the
 * standings (never hand-written): "Dickinson has won 7 of 10 Pro races and leads Sargent by 103.",
 * "Verstappen has won 12 of 18 Grands Prix and leads Pérez by 113." (Formula One, after Japan).
 * `scenarios` are the title scenarios of that step; they are only used when the step counts
 * finished races alone.
 */
export function boothLines(
  model: SeasonModel,
  championship: string,
  step: number,
  scenarios: ScenarioSummary | null,
): ReadonlyArray<BoothLine> {
  const focus = model.championship(championship)
  if (focus === null) return []
  const done = model.finishedStep(step)
  const rows = model.finished(championship)?.table(done) ?? []
  const { calendar } = model.standings
  const finished = standingsStatus(model.results.scored, done, [], [])
  const qualify =
    finished.kind === 'provisional'
      ? (line: string) =>
          `Provisionally (${statusRaces(finished, calendar, { more: true })} not yet official), ${line}`
      : (line: string) => line
  const status = model.statusAt(step)
  const projected = status.kind === 'live' || status.kind === 'hypothetical'
  const counted = countedRaces(model, focus.progression.championship, done)
  const lines: Array<BoothLine> = factLines(rows, counted, projected ? null : scenarios).map(
    (text) => ({ kind: 'fact', word: statusWord(finished), text: qualify(text) }),
  )
  if (projected) {
    const races = statusRaces(status, calendar, { more: true })
    const condition =
      status.kind === 'live' ? `If ${races} finished now` : `If ${races} ended as imagined`
    // Before the first projected race: an imagined race may replace one already run, whose real
    // result is not "before the race".
    const first = Math.min(
      ...status.races.map((id) => calendar.find((race) => race.race.id === id)?.index ?? Infinity),
    )
    const beforeStep = model.results.scored.findLastIndex((race) => race.race.index < first)
    const before = model.finished(championship)?.table(beforeStep) ?? []
    const since = status.races.length > 1 ? 'those races' : 'the race'
    const text = projectionLine(condition, focus.table(step), before, since)
    if (text !== null) lines.unshift({ kind: 'projection', word: statusWord(status), text })
  }
  return lines
}

/**
 * The finished races (up to `done`) a championship's wins and podiums count, as the series counts
 * them (docs/scoring-rules.md#statistics: the countback races; Formula One's Grands Prix, not its
 * sprints), whether they are all it counts (then its starts count the same races), and the word
 * that says whose races they are: the one class it counts where the season has several, by the
 * class's name ("10 Pro races"; the Junior table "Pro races" too; 1967 "10 F1 Grands Prix").
 */
interface CountedRaces {
  readonly races: ReadonlyArray<CalendarRace>
  readonly all: boolean
  readonly kind: string
  /** A teams table: its starts are its cars' (five a race), so its races are counted instead. */
  readonly teams: boolean
}

/**
 * The class a championship's races are of, where it counts one of several (CountedRaces): a
 * drivers' or a teams' table alike. A table of every class (the Carrera Cup's teams) names none.
 */
function classWord(model: SeasonModel, championship: Championship): string {
  const { classes } = model.season
  const counted = championship.classes ?? []
  if (classes.length < 2 || counted.length !== 1) return ''
  return classes.find((c) => c.id === counted[0])?.name ?? ''
}

function countedRaces(model: SeasonModel, championship: Championship, done: number): CountedRaces {
  const { season } = model
  const finished = model.results.scored
    .slice(0, done + 1)
    .filter((race) => countsRace(championship, race.race.race.id))
  const races = finished.flatMap((race) => {
    const rule = ruleFor(season, championship, race.race.race.type) ?? race.rule
    return countsForCountbackIn(race.race, rule) ? [race.race] : []
  })
  return {
    races,
    all: races.length === finished.length,
    kind: classWord(model, championship),
    teams: championship.kind === 'teams',
  }
}

/** What the finished races say: the leader's wins and lead, the next two, the most poles. */
function factLines(
  rows: ReadonlyArray<StandingRow>,
  counted: CountedRaces,
  scenarios: ScenarioSummary | null,
): Array<string> {
  const [leader, second, third] = rows
  if (leader === undefined) return []
  const statusOf = (id: string) =>
    scenarios === null ? undefined : scenarioRowsById(scenarios).get(id)
  const lines: Array<string> = []
  const won = `${shortNameOf(leader)} has won ${leader.stats.wins} of ${countRaces(counted.races, counted.kind)}`
  // Starts count every race; where podiums count fewer, the entry's races they count. A team's
  // starts are its cars', several a race: its podiums are said against its races.
  const byIndex = new Map(counted.races.map((race) => [race.index, race]))
  const racesOf = (row: StandingRow) =>
    counted.all && !counted.teams
      ? countNoun(row.stats.starts, 'start')
      : countRaces(row.races.flatMap((race) => byIndex.get(race.raceIndex) ?? []))
  if (second === undefined) lines.push(`${won}.`)
  else if (second.points === leader.points)
    lines.push(`${won} and is level with ${shortNameOf(second)} on ${formatPoints(leader.points)}.`)
  else lines.push(`${won} and leads ${shortNameOf(second)} by ${formatPoints(second.gapToLeader)}.`)
  for (const row of [second, third]) {
    if (row === undefined) continue
    const status = statusOf(row.id)
    const chance =
      status?.status === 'eliminated'
        ? ' and can no longer win the title'
        : status?.status === 'contention'
          ? `, ${row.gapToLeader === 0 ? 'level on points' : `${formatPoints(row.gapToLeader)} behind`} with ${formatPoints(status.maxPoints - row.points)} still to play for`
          : ''
    lines.push(
      `${shortNameOf(row)} has ${countNoun(row.stats.podiums, 'podium')} in ${racesOf(row)}${chance}.`,
    )
  }
  const poles = rows.toSorted((a, b) => b.stats.poles - a.stats.poles)[0]
  if (poles !== undefined && poles.stats.poles > 0)
    lines.push(
      // A team's poles are its cars', one a class each race: more than its races.
      counted.teams
        ? `${shortNameOf(poles)}'s cars have the most poles, ${poles.stats.poles}.`
        : `${shortNameOf(poles)} has the most poles, ${poles.stats.poles}.`,
    )
  return lines
}

/**
 * "If race 11 finished now, Dickinson would lead Sargent by 137, 17 more than before the race."
 * The change is given only when the same two were first and second before the race (`since`:
 * "the race", or "those races" when several are projected).
 */
function projectionLine(
  condition: string,
  projected: ReadonlyArray<StandingRow>,
  before: ReadonlyArray<StandingRow>,
  since: string,
): string | null {
  const [leader, second] = projected
  if (leader === undefined || second === undefined) return null
  if (second.points === leader.points)
    return `${condition}, ${shortNameOf(leader)} would be level with ${shortNameOf(second)} on ${formatPoints(leader.points)}.`
  const lead = `${condition}, ${shortNameOf(leader)} would lead ${shortNameOf(second)} by ${formatPoints(second.gapToLeader)}`
  const [wasFirst, wasSecond] = before
  if (wasFirst?.id !== leader.id || wasSecond?.id !== second.id) return `${lead}.`
  const change = second.gapToLeader - wasSecond.gapToLeader
  return change === 0
    ? `${lead}, as before ${since}.`
    : `${lead}, ${formatPoints(Math.abs(change))} ${change > 0 ? 'more' : 'fewer'} than before ${since}.`
}
