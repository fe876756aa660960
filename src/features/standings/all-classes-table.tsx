import { useId } from 'react'
import { formatGap, formatPoints } from '../../model/format-points.ts'
import type { ChampionshipProgression } from '../../engine/scoring/progression.ts'
import type { Season } from '../../engine/types.ts'
import { ClassBadge } from '../../ui/class-badge.tsx'
import { entryMeta } from '../../model/entry-meta.ts'
import { allClassesAt } from '../../model/all-classes.ts'
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

export interface AllClassesTableProps {
  readonly season: Season
  readonly championships: ReadonlyArray<ChampionshipProgression>
  readonly step: number
  readonly driverHref: (id: string) => string
  /** The order shown: by points across classes (`pos`) or by a column. */
  readonly sort: TableSort
  readonly sortHref: (sort: TableSort) => string
  /** What of the season is reconstructed or a placeholder (model/provenance.ts). */
  readonly provenance?: SeasonProvenance
}

/** Every class in one table: class badge, class position and in-class gaps side by side. */
export function AllClassesTable(props: AllClassesTableProps) {
  const { season, championships, step, driverHref, sort, sortHref } = props
  const rows = allClassesAt(championships, step)
  const by = (key: SortKey) => ({ sortKey: key, sort, sortHref })
  const provenance = props.provenance ?? ALL_PUBLISHED
  const noteId = useId()
  const shown = shownProvenance(
    provenance,
    rows.map((item) => item.row),
  )
  return (
    <>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="All classes table">
        <table className="standings" aria-describedby={shown.note === null ? undefined : noteId}>
          <caption>All classes</caption>
          <thead>
            <tr>
              <SortHeader {...by('pos')} className="rank-col" title="Place in this list, by points">
                #
              </SortHeader>
              <th scope="col">Class</th>
              <NumHeader title="Position in class">In class</NumHeader>
              <th scope="col" className="car">
                Car
              </th>
              <SortHeader {...by('name')} numeric={false} className="name-col">
                Driver
              </SortHeader>
              <th scope="col" className="team">
                Team
              </th>
              <SortHeader {...by('pts')} title="Points">
                Pts
              </SortHeader>
              <NumHeader title="Points behind the class leader">Class gap</NumHeader>
              <NumHeader title="Points behind the car ahead in class">Next</NumHeader>
              <SortHeader {...by('wins')} title="Class wins">
                W
              </SortHeader>
              <SortHeader {...by('podiums')} title="Class podiums">
                Pod
              </SortHeader>
            </tr>
          </thead>
          <tbody>
            {sortRows(rows, (item) => item.row, sort).map(({ item, rank }) => {
              const { row, classId, classLeader } = item
              const meta = entryMeta(season, row.id, row.races, false)
              const classDef = season.classes.find((c) => c.id === classId)
              return (
                <tr key={`${classId}:${row.id}`}>
                  <td className="num rank-col">{rank + 1}</td>
                  <td>{classDef !== undefined && <ClassBadge classDef={classDef} />}</td>
                  <td className="num pos">{row.position}</td>
                  <td className="car">{meta.car === null ? '' : `#${meta.car}`}</td>
                  <th scope="row" className="name-col">
                    <a href={driverHref(row.id)} data-nav>
                      {shownName(row.name)}
                    </a>
                    <ProvenanceMarkOf
                      provenance={rowProvenance(provenance, row)}
                      markEach={shown.markEach}
                    />
                    {meta.country !== null && <span className="country">{meta.country}</span>}
                  </th>
                  <td className="team">{meta.team}</td>
                  <td className="num pts">{formatPoints(row.points)}</td>
                  <td className="num">{formatGap(row.gapToLeader, classLeader)}</td>
                  <td className="num">{formatGap(row.gapToNext, classLeader)}</td>
                  <td className="num">{row.stats.wins}</td>
                  <td className="num">{row.stats.podiums}</td>
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
