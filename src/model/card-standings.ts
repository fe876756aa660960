import type { ChampionshipProgression } from '../engine/scoring/progression.ts'
import type { StandingRow } from '../engine/scoring/standings.ts'
import type { Season } from '../engine/types.ts'
import { allClassesAt } from './all-classes.ts'
import { entryMeta } from './entry-meta.ts'
import { formatGap, formatPoints } from './format-points.ts'
import { shownName } from './provenance.ts'
import { readableTextOn } from './readable-text.ts'

/** A class as a card shows it: its name on its colour, in the text colour that reads on it. */
export interface ClassTag {
  readonly name: string
  readonly color: string
  readonly text: '#000' | '#fff'
}

/** Cards draw a class without a colour of its own in a neutral grey. */
const NO_CLASS_COLOR = '#5b6472'

export function classTagOf(season: Season, classId: string | undefined): ClassTag | null {
  const found = season.classes.find((c) => c.id === classId)
  if (found === undefined) return null
  const color = found.color ?? NO_CLASS_COLOR
  return { name: found.name, color, text: readableTextOn(color) }
}

/** One line of the standings card (docs/exporting.md#broadcast-graphics). */
export interface CardStandingsRow {
  /** The place in the table; on All classes the place in the list, by points across classes. */
  readonly position: number
  /** Without the data's "(driver not published)": `placeholder` marks it on the card. */
  readonly name: string
  /** The team of the entry's latest race (drivers' tables). */
  readonly team?: string
  readonly points: string
  /** To the leader; on All classes to the class leader. */
  readonly gap: string
  /** An entry whose driver was not published. */
  readonly placeholder?: boolean
  /** All classes: the entry's class and its place in that class. */
  readonly classTag?: ClassTag
  readonly classPosition?: number
}

/** The standings card's column headings, as a graphic writes them. */
export interface CardStandingsHeadings {
  readonly position: string
  readonly name: string
  readonly team: string
  readonly points: string
  readonly gap: string
  /** All classes only. */
  readonly classTag: string
  readonly classPosition: string
}

export function standingsHeadings(isTeams: boolean, allClasses: boolean): CardStandingsHeadings {
  return {
    position: allClasses ? '#' : 'Pos',
    name: isTeams ? 'Team' : 'Driver',
    team: 'Team',
    points: 'Pts',
    gap: allClasses ? 'Class gap' : 'Gap',
    classTag: 'Class',
    classPosition: 'In class',
  }
}

function tableRow(
  season: Season,
  row: StandingRow,
  leader: boolean,
  isTeams: boolean,
  isPlaceholder: (id: string) => boolean,
): CardStandingsRow {
  const team = entryMeta(season, row.id, row.races, isTeams).team
  return {
    position: row.position,
    name: shownName(row.name),
    ...(team === null ? {} : { team }),
    points: formatPoints(row.points),
    gap: formatGap(row.gapToLeader, leader),
    placeholder: isPlaceholder(row.id),
  }
}

/** A championship's table as the card lists it. */
export function standingsRows(
  season: Season,
  rows: ReadonlyArray<StandingRow>,
  isTeams: boolean,
  isPlaceholder: (id: string) => boolean,
): ReadonlyArray<CardStandingsRow> {
  return rows.map((row, rank) => tableRow(season, row, rank === 0, isTeams, isPlaceholder))
}

/**
 * Every class in one list, as the All classes table orders it (model/all-classes.ts): each row
 * with its class badge, its place in its class and its gap to the class leader.
 */
export function allClassesRows(
  season: Season,
  classes: ReadonlyArray<ChampionshipProgression>,
  step: number,
  isPlaceholder: (id: string) => boolean,
): ReadonlyArray<CardStandingsRow> {
  return allClassesAt(classes, step).map(({ row, classId, classLeader }, i) => {
    const tag = classTagOf(season, classId)
    return {
      ...tableRow(season, row, classLeader, false, isPlaceholder),
      position: i + 1,
      ...(tag === null ? {} : { classTag: tag }),
      classPosition: row.position,
    }
  })
}
