import { cardGapLines, type CardGapLine } from './card-gap.ts'
import { clinchLine, clinchNumbers, type CardNumber, type PointsLeft } from './card-clinch.ts'
import { cardPair, noPairWords, type CardPair } from './card-pair.ts'
import {
  allClassesRows,
  standingsHeadings,
  standingsRows,
  type CardStandingsHeadings,
  type CardStandingsRow,
} from './card-standings.ts'
import {
  permutationsBoard,
  type PermutationsBoard,
  type PermutationsBoardRow,
} from './permutations-board.ts'
import type { PermutationsView } from './permutations-view.ts'
import { accentOf, classChampionships, pickedOf, tableOf } from './card-picks.ts'
import { styleOrderOf } from './line-palette.ts'
import { acrossChampionships } from './picked-entry.ts'
import { statusWord } from './standings-status.ts'
import type { SeasonModel } from './season-model.ts'
import type { Outlook } from './title-outlook.ts'
import { seasonProvenance, shownName } from './provenance.ts'
import { shownProvenance } from './provenance-words.ts'

export type { CardGapLine, CardNumber, CardPair, CardStandingsRow, PointsLeft }

/** What a broadcast card shows (docs/exporting.md#broadcast-graphics); export/broadcast-card.ts draws it. */
export interface CardContent {
  /** The standings card's heading: the championship, or All classes. */
  readonly title: string
  readonly subtitle: string
  readonly marking: string | null
  /** The card's numbers count a filled-in result (model/provenance.ts): its footnote says so. */
  readonly reconstructed?: boolean
  readonly accent: string
  /**
   * On All classes, the championship the clinch and permutations cards speak of (and the gap and
   * head-to-head cards, when their picks are all of it), with its class colour.
   */
  readonly focus?: { readonly title: string; readonly accent: string }
  readonly headings?: CardStandingsHeadings
  /** Every class in one list (class badges, places in class): the All classes table. */
  readonly allClasses?: boolean
  readonly standings: ReadonlyArray<CardStandingsRow>
  readonly gap: {
    readonly labels: ReadonlyArray<string>
    readonly lines: ReadonlyArray<CardGapLine>
    /** The lines come from more than one class, each measured in its own. */
    readonly across?: boolean
  }
  readonly h2h: CardPair | null
  /** Why there is no pair, as the head-to-head view says it ("Pick two different entries."). */
  readonly noPair?: string
  readonly clinch: {
    readonly leader: string
    readonly text: string
    readonly placeholder?: boolean
    /** The numbers behind the sentence: points, the lead, points left. */
    readonly numbers?: ReadonlyArray<CardNumber>
    /** The leader's best result that clinches next, under the board's headline. */
    readonly line?: { readonly heading: string; readonly row: PermutationsBoardRow } | null
  }
  /** The permutations card: the clinching results of the next race, as the booth's board. */
  readonly permutations: PermutationsBoard
  /** For the streaming overlay: no background, panels only. */
  readonly transparent?: boolean
}

export interface CardRequest {
  /** The championship of the clinch and permutations cards (on All classes, the focus class). */
  readonly championship: string
  /** On All classes (`champ=all`), the class championships the table combines; else left out. */
  readonly allClasses?: ReadonlyArray<string>
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
  /** What one car can still score (the scenario summary); null or left out: not said. */
  readonly pointsLeft?: PointsLeft | null
}

/** The card for a championship after a race, from the model every other surface reads. */
export function cardContent(model: SeasonModel, request: CardRequest): CardContent | null {
  const { step } = request
  const focus = model.championship(request.championship)
  const after = model.standings.scored[step]?.race
  if (focus === null || after === undefined) return null
  const { season } = model
  const { championship } = focus.progression
  const isTeams = championship.kind === 'teams'
  const rows = focus.table(step)
  const classes = classChampionships(model, request.allClasses)
  const all = classes.length > 0
  const status = model.statusAt(step)
  const { outlook } = request
  const provenance = seasonProvenance(season, model.input.files)
  const isPlaceholder = (id: string) => provenance.placeholders.has(id)
  const picked = pickedOf(request.compare.slice(0, 5), all ? classes : [focus.progression])
  const [pickA, pickB] = picked
  const pair =
    pickA === undefined || pickB === undefined
      ? null
      : cardPair(season, pickA, pickB, step, isPlaceholder)
  const leader = rows[0]
  const board = permutationsBoard(
    { outlook, permutations: request.permutations ?? null },
    championship.name,
    model.standings.calendar,
  )
  const heading = `${season.series.name} ${season.season}`
  const title = `${heading} · ${championship.name}`
  return {
    title: all ? `${heading} · All classes` : title,
    subtitle: `${status.kind === 'live' ? 'As it stands' : 'Standings'} after ${after.label} · ${after.round.name}`,
    marking:
      statusWord(status)?.toLowerCase() ?? (request.source === 'official' ? null : request.source),
    reconstructed:
      shownProvenance(provenance, all ? classes.flatMap((p) => tableOf(model, p, step)) : rows)
        .filledIn > 0,
    accent: all ? ALL_CLASSES_ACCENT : accentOf(season, focus.progression),
    ...(all ? { focus: { title, accent: accentOf(season, focus.progression) } } : {}),
    headings: standingsHeadings(isTeams, all),
    allClasses: all,
    standings: all
      ? allClassesRows(season, classes, step, isPlaceholder)
      : standingsRows(season, rows, isTeams, isPlaceholder),
    gap: {
      labels: focus.progression.steps.slice(0, step + 1).map((race) => race.label),
      lines: cardGapLines(
        picked,
        step,
        isPlaceholder,
        styleOrderOf(model, all ? classes.map((p) => p.championship.id) : [championship.id]),
      ),
      across: acrossChampionships(picked),
    },
    h2h: pair,
    ...(pair === null ? { noPair: noPairWords(picked, step, isTeams) } : {}),
    clinch: {
      leader: shownName(outlook?.leader ?? leader?.name ?? ''),
      text: outlook?.sentence ?? '',
      placeholder: leader !== undefined && isPlaceholder(leader.id),
      numbers: clinchNumbers(rows, request.pointsLeft ?? null, isTeams),
      line: clinchLine(board),
    },
    permutations: board,
    transparent: request.transparent ?? false,
  }
}

/** The header colour of an All classes card: no one class's. */
const ALL_CLASSES_ACCENT = '#8a94a6'
