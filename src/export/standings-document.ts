import { assertNever } from '../engine/assert-never.ts'
import type { TieBreak } from '../engine/scoring/countback.ts'
import type { EntryRace } from '../engine/scoring/entry-race.ts'
import type { RaceState } from '../engine/scoring/race-state.ts'
import type { ScenarioRow } from '../engine/scenarios/scenarios.ts'
import type { StandingRow } from '../engine/scoring/standings.ts'
import { lastCar } from '../model/entry-meta.ts'
import type { SeasonModel } from '../model/season-model.ts'
import { summaryOf } from '../model/season-scenarios.ts'
import type { StandingsStatus } from '../model/standings-status.ts'
import { tieBreakText } from '../model/tie-break-text.ts'
import { calendarName } from '../model/race-name.ts'

/**
 * The standings as plain data: the JSON the command-line tool prints (docs/cli.md), and the
 * source of its table and CSV forms.
 */
export interface StandingsDocument {
  readonly season: number
  readonly series: string
  readonly afterRace: string
  readonly afterRaceName: string
  /** Races before `afterRace` that count for nothing, and why (invalid file, no file yet, live). */
  readonly notCounted: ReadonlyArray<{
    readonly race: string
    readonly state: string
    readonly reason: string
  }>
  readonly championships: ReadonlyArray<ChampionshipDocument>
}

export interface ChampionshipDocument {
  readonly id: string
  readonly name: string
  readonly kind: 'drivers' | 'teams'
  /**
   * What these standings count (docs/scoring-rules.md#result-status): official results only, a
   * provisional result, a live running order (as it stands) or an imagined one; `statusRaces`
   * names the races that make it so, and `statusNote` says it in a sentence (null: official).
   */
  readonly status: StandingsStatus['kind']
  readonly statusRaces: ReadonlyArray<string>
  readonly statusNote: string | null
  /** What the leader needs in the next race to be champion; null when no race can decide it. */
  readonly clinch: string | null
  /** The title picture in one sentence: clinched, how to clinch next, or why not yet. */
  readonly outlook: string | null
  readonly standings: ReadonlyArray<StandingDocument>
}

export interface StandingDocument {
  readonly position: number
  readonly previousPosition: number | null
  readonly id: string
  readonly name: string
  readonly car: string | null
  readonly team: string | null
  readonly points: number
  readonly pointsBeforeDrops: number
  readonly adjustments: number
  readonly gapToLeader: number
  readonly gapToNext: number
  readonly wins: number
  readonly podiums: number
  readonly poles: number
  readonly fastestLaps: number
  readonly starts: number
  readonly dnfs: number
  readonly bestFinish: number | null
  readonly dropped: ReadonlyArray<string>
  readonly tieBreak: (TieBreak & { readonly text: string }) | null
  /** Scenarios (docs/scoring-rules.md#scenarios), for drivers' and teams' championships. */
  readonly clinched: boolean | null
  readonly eliminated: boolean | null
  readonly maxPoints: number | null
  readonly minPoints: number | null
  readonly bestPosition: number | null
  readonly worstPosition: number | null
  /** False when worstPosition is a bound (it could be better, never worse). */
  readonly worstPositionExact: boolean | null
  readonly races: ReadonlyArray<RaceDocument>
}

export type RaceDocument =
  | {
      readonly race: string
      readonly car: string
      readonly team: string
      readonly class: string
      readonly status: string
      readonly position: number | null
      readonly classPosition: number | null
      readonly place: number | null
      readonly positionPoints: number
      readonly multiplier: number
      readonly polePoints: number
      readonly fastestLapPoints: number
      /** polePoints + fastestLapPoints. */
      readonly bonusPoints: number
      readonly penaltyPoints: number
      readonly points: number
      readonly dropped: boolean
    }
  | {
      readonly race: string
      readonly rank: number | null
      readonly points: number
      readonly dropped: boolean
      readonly cars: ReadonlyArray<{
        readonly car: string
        readonly drivers: ReadonlyArray<string>
        readonly class: string
        readonly status: string
        readonly place: number | null
        readonly points: number
        readonly counted: boolean
      }>
    }

/**
 * What a document holds beyond the table: each standing's races (the JSON and the CSV list them;
 * the terminal table does not), and the scenarios (the title outlook, each standing's title
 * status and best and worst position: the JSON only). A form that shows neither never pays for
 * them: the scenarios are the costliest part of a document (docs/performance.md).
 */
export interface DocumentContents {
  readonly races: boolean
  readonly scenarios: boolean
}

/** The whole document, as the JSON writes it. */
export const EVERYTHING: DocumentContents = { races: true, scenarios: true }

/**
 * The standings after progression step `step`, for the chosen championships (all if empty),
 * read from the season model: the same tables, scenarios and sentences the dashboard shows.
 * Without the scenarios, their fields are null.
 */
export function toStandingsDocument(
  model: SeasonModel,
  step: number,
  championshipIds: ReadonlyArray<string> = [],
  contents: DocumentContents = EVERYTHING,
): StandingsDocument {
  const { head, championships } = documentParts(model, step, championshipIds, contents)
  return {
    ...head,
    championships: championships.map((part) => ({
      ...part.head,
      standings: part.rows.map((_, rank) => part.standing(rank)),
    })),
  }
}

/**
 * The same document written as compact JSON a standing at a time, so a season of half a million
 * results is never one string in memory (docs/performance.md#command-line-tool). The text is
 * exactly `JSON.stringify` of the documents (an array of them when `steps` are several).
 */
export function writeStandingsJson(
  model: SeasonModel,
  steps: ReadonlyArray<number>,
  asArray: boolean,
  championshipIds: ReadonlyArray<string>,
  write: (text: string) => void,
): void {
  // The documents' last key is `championships`, and a championship's is `standings`: write each
  // as its head with an empty list, then open the list up.
  const open = (value: unknown) => JSON.stringify(value).slice(0, -2)
  // After every race, each standing lists every race so far again: a race's text is written
  // once and reused (a standing's last key is `races`). One step writes each race once.
  const races = steps.length > 1 ? raceTexts(model) : null
  if (asArray) write('[')
  steps.forEach((step, s) => {
    if (s > 0) write(',')
    const { head, championships } = documentParts(model, step, championshipIds, {
      races: races === null,
      scenarios: true,
    })
    write(open({ ...head, championships: [] }))
    championships.forEach((part, c) => {
      write(`${c > 0 ? ',' : ''}${open({ ...part.head, standings: [] })}`)
      part.rows.forEach((row, rank) => {
        const standing = JSON.stringify(part.standing(rank))
        write(
          `${rank > 0 ? ',' : ''}${races === null ? standing : `${standing.slice(0, -2)}${races(row)}]}`}`,
        )
      })
      write(']}')
    })
    write(']}')
  })
  if (asArray) write(']')
}

/**
 * A standing's races as JSON, each race's text made once per dropped flag: the flag is the one
 * part that changes from step to step (a score counted early can be dropped later).
 */
function raceTexts(model: SeasonModel): (row: StandingRow) => string {
  const raceIds = new Map(model.standings.calendar.map((race) => [race.index, race.race.id]))
  const counted = new WeakMap<EntryRace, string>()
  const discarded = new WeakMap<EntryRace, string>()
  return (row) => {
    const dropped = new Set(row.dropped)
    return row.races
      .map((race) => {
        const id = raceIds.get(race.raceIndex) ?? ''
        const texts = dropped.has(id) ? discarded : counted
        let text = texts.get(race)
        if (text === undefined) {
          text = JSON.stringify(toRaceDocument(race, id, dropped))
          texts.set(race, text)
        }
        return text
      })
      .join(',')
  }
}

interface ChampionshipPart {
  readonly head: Omit<ChampionshipDocument, 'standings'>
  readonly rows: ReadonlyArray<StandingRow>
  readonly standing: (rank: number) => StandingDocument
}

function documentParts(
  model: SeasonModel,
  step: number,
  championshipIds: ReadonlyArray<string>,
  contents: DocumentContents,
): {
  readonly head: Omit<StandingsDocument, 'championships'>
  readonly championships: ReadonlyArray<ChampionshipPart>
} {
  const { standings } = model
  const after = standings.scored[step]?.race
  const teamNames = new Map(standings.season.teams.map((team) => [team.id, team.name]))
  const raceIds = new Map(standings.calendar.map((race) => [race.index, race.race.id]))
  const status = model.statusAt(step)
  const statusNote = model.statusNote(step)
  const championships = standings.championships
    .filter((p) => championshipIds.length === 0 || championshipIds.includes(p.championship.id))
    .flatMap((progression): Array<ChampionshipPart> => {
      const championship = model.championship(progression.championship.id)
      if (championship === null) return []
      const rows = championship.table(step)
      const summary = contents.scenarios
        ? summaryOf(model, progression.championship.id, step)
        : null
      const scenarios = new Map(summary?.rows.map((row) => [row.id, row]))
      const outlook = summary?.outlook ?? null
      return [
        {
          head: {
            id: progression.championship.id,
            name: progression.championship.name,
            kind: progression.championship.kind,
            status: status.kind,
            statusRaces: status.kind === 'official' ? [] : status.races,
            statusNote,
            clinch: outlook?.kind === 'can-clinch' ? outlook.sentence : null,
            outlook: outlook?.sentence ?? null,
          },
          rows,
          standing: (rank) => {
            const row = rows[rank]
            if (row === undefined) throw new RangeError(`no standing ${rank}`)
            return toStandingDocument(
              row,
              rows[rank - 1],
              contents.races ? raceIds : null,
              teamNames,
              scenarios.get(row.id) ?? null,
            )
          },
        },
      ]
    })
  return {
    head: {
      season: standings.season.season,
      series: standings.season.series.id,
      afterRace: after?.race.id ?? '',
      afterRaceName: after === undefined ? '' : calendarName(after),
      notCounted: standings.races
        .filter(
          (state) =>
            after !== undefined && state.race.index < after.index && state.kind !== 'scored',
        )
        .map((state) => ({ race: state.race.race.id, state: state.kind, reason: reasonOf(state) })),
    },
    championships,
  }
}

function toStandingDocument(
  row: StandingRow,
  above: StandingRow | undefined,
  raceIds: ReadonlyMap<number, string> | null,
  teamNames: ReadonlyMap<string, string>,
  scenario: ScenarioRow | null,
): StandingDocument {
  const last = row.races.at(-1)
  const car = last?.kind === 'car' ? lastCar(row.races) : null
  const dropped = new Set(row.dropped)
  return {
    position: row.position,
    previousPosition: row.previousPosition,
    id: row.id,
    name: row.name,
    car: car?.car ?? null,
    team: car === null ? null : (teamNames.get(car.team) ?? car.team),
    points: row.points,
    pointsBeforeDrops: row.pointsBeforeDrops,
    adjustments: row.adjustments,
    gapToLeader: row.gapToLeader,
    gapToNext: row.gapToNext,
    wins: row.stats.wins,
    podiums: row.stats.podiums,
    poles: row.stats.poles,
    fastestLaps: row.stats.fastestLaps,
    starts: row.stats.starts,
    dnfs: row.stats.dnfs,
    bestFinish: row.stats.bestFinish,
    dropped: row.dropped,
    tieBreak:
      row.tieBreak === null
        ? null
        : { ...row.tieBreak, text: tieBreakText(row.tieBreak, above?.name ?? '', row.name) },
    clinched: scenario === null ? null : scenario.status === 'clinched',
    eliminated: scenario === null ? null : scenario.status === 'eliminated',
    maxPoints: scenario?.maxPoints ?? null,
    minPoints: scenario?.minPoints ?? null,
    bestPosition: scenario?.bestPosition ?? null,
    worstPosition: scenario?.worstPosition ?? null,
    worstPositionExact: scenario?.worstPositionExact ?? null,
    races:
      raceIds === null
        ? []
        : row.races.map((race) => toRaceDocument(race, raceIds.get(race.raceIndex) ?? '', dropped)),
  }
}

function toRaceDocument(race: EntryRace, id: string, dropped: ReadonlySet<string>): RaceDocument {
  switch (race.kind) {
    case 'car':
      return {
        race: id,
        car: race.car,
        team: race.team,
        class: race.class,
        status: race.status,
        position: race.position,
        classPosition: race.classPosition,
        place: race.place,
        positionPoints: race.positionPoints,
        multiplier: race.multiplier,
        polePoints: race.polePoints,
        fastestLapPoints: race.fastestLapPoints,
        bonusPoints: race.polePoints + race.fastestLapPoints,
        penaltyPoints: race.penaltyPoints,
        points: race.points,
        dropped: dropped.has(id),
      }
    case 'team':
      return {
        race: id,
        rank: race.rank,
        points: race.points,
        dropped: dropped.has(id),
        cars: race.cars.map((scored, i) => ({
          car: scored.car,
          drivers: scored.drivers,
          class: scored.class,
          status: scored.status,
          place: scored.place,
          points: scored.points,
          counted: race.counted[i] === true,
        })),
      }
    default:
      return assertNever(race)
  }
}

function reasonOf(state: RaceState): string {
  switch (state.kind) {
    case 'scored':
      return ''
    case 'awaiting':
      return `no result file (${state.race.race.results}) although later races have results`
    case 'scheduled':
      return 'the result file is still marked scheduled'
    case 'live':
      return 'the race is live: a running order is not a result'
    case 'invalid':
      return state.problems.join('; ')
    default:
      return assertNever(state)
  }
}
