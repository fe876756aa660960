import { finalPositionWords, titleStatusWord } from '../../model/title-status-words.ts'
import { useId } from 'react'
import type { CalendarRace } from '../../engine/scoring/calendar.ts'
import type { ScenarioRow } from '../../engine/scenarios/scenarios.ts'
import { formatGap, formatPoints } from '../../model/format-points.ts'
import type { StandingRow } from '../../engine/scoring/standings.ts'
import type { Season } from '../../engine/types.ts'
import { tieBreakSummary, tieBreakText } from '../../model/tie-break-text.ts'
import { ClassBadge } from '../../ui/class-badge.tsx'
import { entryMeta } from '../../model/entry-meta.ts'
import { PositionChange } from '../../ui/position-change.tsx'
import { DroppedResults } from './dropped-results.tsx'
import { NumHeader } from '../../ui/num-header.tsx'
import { SortHeader } from '../../ui/sort-header.tsx'
import { sortRows, type SortKey, type TableSort } from '../../model/table-sort.ts'
import {
  ALL_PUBLISHED,
  rowProvenance,
  shownName,
  type SeasonProvenance,
} from '../../model/provenance.ts'
import { shownProvenance } from '../../model/provenance-words.ts'
import { ProvenanceMarkOf, ProvenanceNote } from '../../ui/provenance-mark.tsx'

export interface StandingsTableProps {
  readonly caption: string
  readonly season: Season
  readonly calendar: ReadonlyArray<CalendarRace>
  readonly rows: ReadonlyArray<StandingRow>
  readonly isTeams: boolean
  /** Whether a previous race exists to compare positions with. */
  readonly hasPrevious: boolean
  readonly hasDrops: boolean
  readonly showClass: boolean
  /** Link to a driver's card; absent for teams. */
  readonly driverHref: (id: string) => string
  /** Title status and points still possible, by entry; null while they are worked out. */
  readonly scenarios: ReadonlyMap<string, ScenarioRow> | null
  /** While a race is live: points and places gained in it, by entry. */
  readonly liveDeltas: ReadonlyMap<
    string,
    { readonly points: number; readonly places: number }
  > | null
  /** Entries whose position or points changed since the last update: briefly highlighted. */
  readonly changed: ReadonlySet<string> | null
  readonly version: number
  /** The order shown: the championship's or by a column (docs/dashboard.md#standings). */
  readonly sort: TableSort
  readonly sortHref: (sort: TableSort) => string
  /** What of the season is reconstructed or a placeholder (model/provenance.ts). */
  readonly provenance?: SeasonProvenance
}

/**
 * One championship table: position and change, car, name, team, points, both gaps, wins,
 * podiums, poles, fastest laps and dropped results; level entries explain their countback
 * (docs/scoring-rules.md#countback).
 */
export function StandingsTable(props: StandingsTableProps) {
  const { rows, season, isTeams, sort, sortHref } = props
  const by = (key: SortKey) => ({ sortKey: key, sort, sortHref })
  const provenance = props.provenance ?? ALL_PUBLISHED
  const noteId = useId()
  const shown = shownProvenance(provenance, rows, isTeams)
  return (
    <>
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label={`${props.caption} table`}
      >
        <table className="standings" aria-describedby={shown.note === null ? undefined : noteId}>
          <caption>{props.caption}</caption>
          <thead>
            <tr>
              <SortHeader {...by('pos')} title="Championship position">
                Pos
              </SortHeader>
              <th scope="col">
                <span className="sr-only">Change</span>
              </th>
              {!isTeams && (
                <th scope="col" className="car">
                  Car
                </th>
              )}
              <SortHeader {...by('name')} numeric={false} className="name-col">
                {isTeams ? 'Team' : 'Driver'}
              </SortHeader>
              {!isTeams && (
                <th scope="col" className="team">
                  Team
                </th>
              )}
              <SortHeader {...by('pts')} title="Points">
                Pts
              </SortHeader>
              <NumHeader title="Points behind the leader">Gap</NumHeader>
              <NumHeader title="Points behind the entry directly ahead">Next</NumHeader>
              <SortHeader {...by('wins')} title="Wins">
                W
              </SortHeader>
              <SortHeader {...by('podiums')} title="Podiums">
                Pod
              </SortHeader>
              <SortHeader {...by('poles')} title="Poles">
                Pole
              </SortHeader>
              <SortHeader {...by('fl')} title="Fastest laps">
                FL
              </SortHeader>
              {props.liveDeltas !== null && (
                <NumHeader title="Points and places gained in the live race">Live</NumHeader>
              )}
              {props.hasDrops && <th scope="col">Dropped</th>}
              <NumHeader title="Most points still possible, drops applied">Max</NumHeader>
              <th scope="col">Title</th>
            </tr>
          </thead>
          <tbody>
            {sortRows(rows, (row) => row, sort).map(({ row, rank }, line) => {
              const meta = entryMeta(season, row.id, row.races, isTeams)
              const ahead = rows[rank - 1]
              return (
                <tr
                  // By the line it is shown on, not by entry: another class, race or order fills
                  // the same rows in place rather than building them all again
                  // (docs/performance.md#dashboard). A row that changed is built again, so that
                  // its highlight starts over.
                  key={props.changed?.has(row.id) === true ? `${line}@${props.version}` : line}
                  className={
                    [
                      rank === 0 ? 'leader' : '',
                      props.changed?.has(row.id) === true ? 'changed' : '',
                    ]
                      .join(' ')
                      .trim() || undefined
                  }
                >
                  <td className="num pos">{row.position}</td>
                  <td>
                    <PositionChange
                      position={row.position}
                      previous={row.previousPosition}
                      hasPrevious={props.hasPrevious}
                    />
                  </td>
                  {!isTeams && <td className="car">{meta.car === null ? '' : `#${meta.car}`}</td>}
                  <th scope="row" className="name-col">
                    {isTeams ? (
                      shownName(row.name)
                    ) : (
                      <a href={props.driverHref(row.id)} data-nav>
                        {shownName(row.name)}
                      </a>
                    )}
                    <ProvenanceMarkOf
                      provenance={rowProvenance(provenance, row)}
                      markEach={shown.markEach}
                      isTeam={isTeams}
                    />
                    {meta.country !== null && <span className="country">{meta.country}</span>}
                    {props.showClass && meta.classDef !== null && (
                      <ClassBadge classDef={meta.classDef} />
                    )}
                    {row.tieBreak !== null && ahead !== undefined && (
                      // Keyed by entry: an open note stays with its entry, not with the line.
                      <details key={row.id} className="tie-note">
                        <summary>{tieBreakSummary(row.tieBreak)}</summary>
                        {tieBreakText(row.tieBreak, ahead.name, row.name)}
                      </details>
                    )}
                  </th>
                  {!isTeams && (
                    <td className="team" title={meta.team ?? undefined}>
                      {meta.team}
                    </td>
                  )}
                  <td className="num pts">
                    {formatPoints(row.points)}
                    {/* Counted (scored), as fans write a season with drops: Prost 87 (105). */}
                    {row.pointsBeforeDrops !== row.points && (
                      <span className="scored"> ({formatPoints(row.pointsBeforeDrops)})</span>
                    )}
                  </td>
                  <td className="num">{formatGap(row.gapToLeader, rank === 0)}</td>
                  <td className="num">{formatGap(row.gapToNext, rank === 0)}</td>
                  <td className="num">{row.stats.wins}</td>
                  <td className="num">{row.stats.podiums}</td>
                  <td className="num">{row.stats.poles}</td>
                  <td className="num">{row.stats.fastestLaps}</td>
                  {props.liveDeltas !== null && <LiveCell delta={props.liveDeltas.get(row.id)} />}
                  {props.hasDrops && (
                    <td>
                      <DroppedResults row={row} calendar={props.calendar} />
                    </td>
                  )}
                  <ScenarioCells
                    scenario={props.scenarios === null ? 'pending' : props.scenarios.get(row.id)}
                  />
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      {/* A footnote under the table: on a phone the first row stays near the top. */}
      <ProvenanceNote note={shown.note} id={noteId} />
    </>
  )
}

function ScenarioCells({ scenario }: { readonly scenario: ScenarioRow | 'pending' | undefined }) {
  if (scenario === 'pending')
    return (
      <td colSpan={2} className="muted" aria-busy="true">
        …
      </td>
    )
  if (scenario === undefined) return <td colSpan={2} />
  return (
    <>
      <td className="num">{formatPoints(scenario.maxPoints)}</td>
      <td className={`title-status ${scenario.status}`} title={finalPositionWords(scenario)}>
        {titleStatusWord(scenario.status)}
      </td>
    </>
  )
}

function LiveCell({
  delta,
}: {
  readonly delta: { readonly points: number; readonly places: number } | undefined
}) {
  if (delta === undefined) return <td />
  const places =
    delta.places === 0 ? '' : delta.places > 0 ? ` ▲${delta.places}` : ` ▼${-delta.places}`
  return (
    <td className="num live-delta">
      +{formatPoints(delta.points)}
      {places}
    </td>
  )
}
