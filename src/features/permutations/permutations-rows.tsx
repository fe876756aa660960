import type { PermutationsGroup, NeverFold } from '../../model/permutations-table.ts'
import type { PermutationsRival } from '../../model/permutations-view.ts'
import type { PermutationsViewRow } from '../../model/permutations-view-row.ts'
import { NO_MATTER, NO_MATTER_WORDS } from '../../model/permutation-words.ts'
import { VerdictBadge } from '../../ui/verdict-badge.tsx'

// The rows of the permutations table (docs/dashboard.md#permutations): a result, a place's rows
// with a bonus folded under it, and on a phone the places that cannot clinch folded into one.

export function Row(props: {
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
            {cell === NO_MATTER ? (
              <>
                <span aria-hidden="true">{NO_MATTER}</span>
                <span className="sr-only">{NO_MATTER_WORDS}</span>
              </>
            ) : (
              cell
            )}
          </td>
        )
      })}
    </tr>
  )
}

/**
 * Under a place's row, its rows with a bonus: folded, each one's verdict and a button that shows
 * them; shown, a button that folds them again.
 */
export function FoldRow(props: {
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

/**
 * On a phone, in place of the places that cannot clinch even with a bonus: one row saying which
 * ("7th or lower, or not classified ✕ never") and a button that shows them, or folds them again.
 */
export function NeverRow(props: {
  readonly fold: NeverFold
  readonly open: boolean
  readonly columns: number
  readonly onToggle: () => void
}) {
  const { fold, open, columns, onToggle } = props
  return (
    <tbody className="never-fold">
      <tr className="verdict-row-never">
        <th scope="row">{fold.result}</th>
        <td className="verdict-cell">
          <VerdictBadge verdict="never" />
        </td>
        <td className="fold-cell" colSpan={columns - 2}>
          <button
            type="button"
            aria-expanded={open}
            aria-label={`${open ? 'Fold' : 'Show'} the ${fold.rows} rows that cannot clinch`}
            onClick={onToggle}
          >
            {open ? 'Fold' : `Show ${fold.rows} rows`}
          </button>
        </td>
      </tr>
    </tbody>
  )
}
