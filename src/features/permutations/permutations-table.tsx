import { Fragment, useId, useState } from 'react'
import { NO_MATTER, NO_MATTER_LEGEND } from '../../model/permutation-words.ts'
import { neverFold, permutationGroups } from '../../model/permutations-table.ts'
import type { PermutationsRival, PermutationsView } from '../../model/permutations-view.ts'
import type { PermutationsViewRow } from '../../model/permutations-view-row.ts'
import { useMediaQuery } from '../../ui/use-media-query.ts'
import { FoldRow, NeverRow, Row } from './permutations-rows.tsx'

/** Past this many rows the rows with a bonus start folded under their place. */
const FOLD_ABOVE = 24
/** A phone, as permutations.css lays each row out as a card. */
const PHONE = '(max-width: 640px)'

/**
 * The table: one row per result of the leader, the verdict, then per rival what it may do. On a
 * long table (the Carrera Cup's pole and fastest-lap points) and on a phone each place's rows with
 * a bonus fold under it, their verdicts still shown; on a phone each row is a card and the places
 * that cannot clinch even with a bonus fold into one line. A button shows every row.
 */
export function PermutationsTable(props: {
  /** The first column's heading: "Verstappen in round 18, Japan". */
  readonly column: string
  readonly rows: ReadonlyArray<PermutationsViewRow>
  readonly by: PermutationsView['by']
  readonly rivals: ReadonlyArray<PermutationsRival>
}) {
  const { column, rows, by, rivals } = props
  const phone = useMediaQuery(PHONE)
  const groups = permutationGroups(rows, by)
  const withBonus = groups.some((g) => g.variants.length > 0)
  const never = phone ? neverFold(groups, by) : null
  const [open, setOpen] = useState<ReadonlySet<number>>(() => new Set())
  const [neverOpen, setNeverOpen] = useState(false)
  const [all, setAll] = useState(false)
  const tableId = useId()
  const foldable = withBonus && (phone || rows.length > FOLD_ABOVE)
  const variantsShown = (i: number) => !foldable || all || open.has(i)
  const folded = (i: number) => never !== null && !all && never.groups.has(i)
  const shown = (i: number) => !folded(i) || neverOpen
  const toggle = (i: number) =>
    setOpen((was) => {
      const next = new Set(was)
      if (!next.delete(i)) next.add(i)
      return next
    })
  // The legend says what "—" means, when a row shown has one.
  const legend = groups.some(
    (group, i) =>
      shown(i) &&
      [group.head, ...(variantsShown(i) ? group.variants.map((v) => v.row) : [])].some((row) =>
        row.cells.includes(NO_MATTER),
      ),
  )
  // Every row at once; where one line folds every place, its own button does as much.
  const showAll = foldable && never?.groups.size !== groups.length
  const what = [
    ...(foldable ? ['the rows with a bonus'] : []),
    ...(never !== null ? ['the rows that cannot clinch'] : []),
  ]
  return (
    <>
      {showAll && (
        <p className="permutations-fold">
          <button
            type="button"
            aria-expanded={all}
            aria-controls={tableId}
            onClick={() => {
              // Folding every row folds each part shown on its own too.
              setAll(!all)
              setOpen(new Set())
              setNeverOpen(false)
            }}
          >
            {all ? `Fold ${what.join(' and ')}` : `Show all ${rows.length} rows`}
          </button>
        </p>
      )}
      <div className="table-scroll permutations-scroll">
        <table className="permutations-table" id={tableId}>
          <thead>
            <tr>
              <th scope="col">{column}</th>
              <th scope="col">Clinches</th>
              {rivals.map((rival) => (
                <th scope="col" key={rival.id ?? rival.name}>
                  {rival.name}
                </th>
              ))}
            </tr>
          </thead>
          {groups.map((group, i) => (
            <Fragment key={group.head.result}>
              {never !== null && folded(i) && i === Math.min(...never.groups) && (
                <NeverRow
                  fold={never}
                  open={neverOpen}
                  columns={2 + rivals.length}
                  onToggle={() => setNeverOpen(!neverOpen)}
                />
              )}
              {shown(i) && (
                <tbody>
                  <Row rivals={rivals} row={group.head} />
                  {foldable && !all && group.variants.length > 0 && (
                    <FoldRow
                      group={group}
                      open={open.has(i)}
                      columns={2 + rivals.length}
                      onToggle={() => toggle(i)}
                    />
                  )}
                  {variantsShown(i) &&
                    group.variants.map(({ row }) => (
                      <Row key={row.result} rivals={rivals} row={row} variant />
                    ))}
                </tbody>
              )}
            </Fragment>
          ))}
        </table>
      </div>
      {legend && <p className="permutations-legend muted">{NO_MATTER_LEGEND}</p>}
    </>
  )
}
