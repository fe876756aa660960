import { useState } from 'react'
import { permutationGroups, type PermutationsGroup } from '../../model/permutations-table.ts'
import type {
  PermutationsRival,
  PermutationsView,
  PermutationsViewRow,
} from '../../model/permutations-view.ts'
import { VerdictBadge } from '../../ui/verdict-badge.tsx'

/** Past this many rows the rows with a bonus start folded under their place. */
const FOLD_ABOVE = 24

/**
 * The table: one row per result of the leader, the verdict, then per rival what it may do. On a
 * long table (the Carrera Cup's pole and fastest-lap points) each place's rows with a bonus fold
 * under it, their verdicts still shown; on a phone each row is a card.
 */
export function PermutationsTable(props: {
  /** The first column's heading: "Verstappen in round 18, Japan". */
  readonly column: string
  readonly rows: ReadonlyArray<PermutationsViewRow>
  readonly by: PermutationsView['by']
  readonly rivals: ReadonlyArray<PermutationsRival>
}) {
  const { column, rows, by, rivals } = props
  const groups = permutationGroups(rows, by)
  const foldable = rows.length > FOLD_ABOVE && groups.some((g) => g.variants.length > 0)
  const [open, setOpen] = useState<ReadonlySet<number>>(() => new Set())
  const [all, setAll] = useState(false)
  const isOpen = (i: number) => !foldable || all || open.has(i)
  const toggle = (i: number) =>
    setOpen((was) => {
      const next = new Set(was)
      if (!next.delete(i)) next.add(i)
      return next
    })
  return (
    <>
      {foldable && (
        <p className="permutations-fold">
          <button type="button" aria-pressed={all} onClick={() => setAll(!all)}>
            {all ? 'Fold the rows with a bonus' : `Show all ${rows.length} rows`}
          </button>
        </p>
      )}
      <div className="table-scroll permutations-scroll">
        <table className="permutations-table">
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
            <tbody key={group.head.result}>
              <Row rivals={rivals} row={group.head} />
              {foldable && !all && group.variants.length > 0 && (
                <FoldRow
                  group={group}
                  open={open.has(i)}
                  columns={2 + rivals.length}
                  onToggle={() => toggle(i)}
                />
              )}
              {isOpen(i) &&
                group.variants.map(({ row }) => (
                  <Row key={row.result} rivals={rivals} row={row} variant />
                ))}
            </tbody>
          ))}
        </table>
      </div>
    </>
  )
}

/**
 * Under a place's row, its rows with a bonus: folded, each one's verdict and a button that shows
 * them; shown, a button that folds them again.
 */
function FoldRow(props: {
  readonly group: PermutationsGroup
  readonly open: boolean
  readonly columns: number
  readonly onToggle: () => void
}) {
  const { group, open, columns, onToggle } = props
  const result = group.head.result
  return (
    <tr className="fold-row">
      <td colSpan={columns}>
        {!open && (
          <ul className="variant-verdicts" aria-label={`${result} with a bonus`}>
            {group.variants.map(({ bonus, row }) => (
              <li key={bonus}>
                {bonus} <VerdictBadge verdict={row.clinches} />
              </li>
            ))}
          </ul>
        )}
        <button
          type="button"
          aria-expanded={open}
          aria-label={`${open ? 'Fold' : 'Show'} ${result} with a bonus`}
          onClick={onToggle}
        >
          {open ? 'Fold' : 'Show'}
        </button>
      </td>
    </tr>
  )
}

function Row(props: {
  readonly rivals: ReadonlyArray<PermutationsRival>
  readonly row: PermutationsViewRow
  readonly variant?: boolean
}) {
  const { rivals, row, variant = false } = props
  return (
    <tr className={`verdict-row-${row.clinches}${variant ? ' variant' : ''}`}>
      <th scope="row">{row.result}</th>
      <td className="verdict-cell">
        <VerdictBadge verdict={row.clinches} />
      </td>
      {row.cells.map((cell, r) => {
        const rival = rivals[r]
        return (
          <td key={rival?.id ?? r} className="rival-cell" data-label={rival?.name}>
            {cell}
          </td>
        )
      })}
    </tr>
  )
}
