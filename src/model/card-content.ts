import { chartLines } from './chart-lines.ts'
import { formatGap, formatPoints } from './format-points.ts'
import { compareEntries } from './head-to-head.ts'
import { permutationsBoard, type PermutationsBoard } from './permutations-board.ts'
import type { PermutationsView } from './permutations-view.ts'
import { statusWord } from './standings-status.ts'
import type { SeasonModel } from './season-model.ts'
import type { Outlook } from './title-outlook.ts'
import { seasonProvenance, shownName } from './provenance.ts'
import { shownProvenance } from './provenance-words.ts'

/** What a broadcast card shows (docs/exporting.md#broadcast-graphics); export/broadcast-card.ts draws it. */
export interface CardContent {
  readonly title: string
  readonly subtitle: string
  readonly marking: string | null
  /** The card's numbers count a filled-in result (model/provenance.ts): its footnote says so. */
  readonly reconstructed?: boolean
  readonly accent: string
  readonly standings: ReadonlyArray<{
    readonly position: number
    /** Without the data's "(driver not published)": `placeholder` marks it on the card. */
    readonly name: string
    readonly points: string
    readonly gap: string
    /** An entry whose driver was not published. */
    readonly placeholder?: boolean
  }>
  readonly gap: {
    readonly labels: ReadonlyArray<string>
    readonly lines: ReadonlyArray<{
      /** Without the data's "(driver not published)": `placeholder` marks it on the card. */
      readonly name: string
      readonly values: ReadonlyArray<number | null>
      readonly placeholder?: boolean
    }>
  }
  readonly h2h: {
    readonly a: string
    readonly b: string
    readonly rows: ReadonlyArray<readonly [string, string, string]>
    /** Whether A and B are placeholders (their names without the data's note). */
    readonly placeholders?: readonly [boolean, boolean]
  } | null
  readonly clinch: {
    readonly leader: string
    readonly text: string
    readonly placeholder?: boolean
  }
  /** The permutations card: the clinching results of the next race, as the booth's board. */
  readonly permutations: PermutationsBoard
  /** For the streaming overlay: no background, panels only. */
  readonly transparent?: boolean
}

export interface CardRequest {
  readonly championship: string
  readonly step: number
  /** Entries to chart and compare (the first two for the head-to-head). */
  readonly compare: ReadonlyArray<string>
  /** How the season's results were obtained: official, reconstructed or imported. */
  readonly source: string
  readonly transparent?: boolean
  /** The title outlook (season-scenarios.ts, computed off the main thread); null: none to say. */
  readonly outlook: Outlook | null
  /** The permutations of the next race (season-scenarios.ts); null or left out: none. */
  readonly permutations?: PermutationsView | null
}

/** The card for a championship after a race, from the model every other surface reads. */
export function cardContent(model: SeasonModel, request: CardRequest): CardContent | null {
  const { step } = request
  const focus = model.championship(request.championship)
  const after = model.standings.scored[step]?.race
  if (focus === null || after === undefined) return null
  const { championship } = focus.progression
  const rows = focus.table(step)
  const classId = championship.classes?.length === 1 ? championship.classes[0] : undefined
  const accent = model.season.classes.find((c) => c.id === classId)?.color ?? '#0b57d0'
  const status = model.statusAt(step)
  const marking =
    statusWord(status)?.toLowerCase() ?? (request.source === 'official' ? null : request.source)
  const ids = request.compare.slice(0, 5)
  const picked = ids.map((id) => ({ progression: focus.progression, id }))
  const [pickA, pickB] = picked
  const pair =
    pickA === undefined || pickB === undefined ? null : compareEntries(pickA, pickB, step)
  const { outlook } = request
  const provenance = seasonProvenance(model.season, model.input.files)
  const isPlaceholder = (id: string) => provenance.placeholders.has(id)
  const leader = rows[0]
  const leaderIsPlaceholder = leader !== undefined && isPlaceholder(leader.id)
  return {
    title: `${model.season.series.name} ${model.season.season} · ${championship.name}`,
    subtitle: `${status.kind === 'live' ? 'As it stands' : 'Standings'} after ${after.label} · ${after.round.name}`,
    marking,
    reconstructed: shownProvenance(provenance, rows).filledIn > 0,
    accent,
    standings: rows.map((row, rank) => ({
      position: row.position,
      name: shownName(row.name),
      points: formatPoints(row.points),
      gap: formatGap(row.gapToLeader, rank === 0),
      placeholder: isPlaceholder(row.id),
    })),
    gap: {
      labels: focus.progression.steps.slice(0, step + 1).map((race) => race.label),
      lines: chartLines(picked, 'gap', false, step).map((line) => ({
        name: shownName(line.name),
        values: line.values,
        placeholder: isPlaceholder(line.id),
      })),
    },
    h2h:
      pair === null
        ? null
        : {
            a: shownName(pair.a.name),
            b: shownName(pair.b.name),
            placeholders: [isPlaceholder(pair.a.id), isPlaceholder(pair.b.id)],
            rows: [
              ['Points', formatPoints(pair.a.points), formatPoints(pair.b.points)],
              ['Position', String(pair.a.position), String(pair.b.position)],
              ['Wins', String(pair.a.stats.wins), String(pair.b.stats.wins)],
              ['Podiums', String(pair.a.stats.podiums), String(pair.b.stats.podiums)],
              ['Poles', String(pair.a.stats.poles), String(pair.b.stats.poles)],
              ['Finished ahead', String(pair.aheadCount.a), String(pair.aheadCount.b)],
            ],
          },
    clinch: {
      leader: shownName(outlook?.leader ?? leader?.name ?? ''),
      text: outlook?.sentence ?? '',
      placeholder: leaderIsPlaceholder,
    },
    permutations: permutationsBoard(
      { outlook, permutations: request.permutations ?? null },
      championship.name,
      model.standings.calendar,
    ),
    transparent: request.transparent ?? false,
  }
}
