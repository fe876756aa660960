import type { FittedBoard } from '../../model/board-fit.ts'
import type { PermutationsBoard } from '../../model/permutations-board.ts'
import { VerdictBadge } from '../../ui/verdict-badge.tsx'

/**
 * The permutations board (`board=permutations`, key T; docs/dashboard.md#booth): "Verstappen
 * clinches in round 18, Japan, if …" as the largest type, then the results that clinch, as many
 * as fit, and how many more the Permutations view has.
 */
export function PermutationsBoardPanel({
  board,
  fitted,
  prefix,
  tableHref,
}: {
  readonly board: PermutationsBoard
  readonly fitted: FittedBoard
  /** "As it stands: " when a live or imagined race is counted as finished. */
  readonly prefix: string
  /** The Permutations view, off air: "+6 more results" links to it. */
  readonly tableHref: string | null
}) {
  return (
    <section
      className="booth-board permutations-board"
      aria-label={`${board.championship} permutations board`}
    >
      <p className="booth-after">
        <strong>{board.championship}</strong> title
      </p>
      <p className="permutations-headline">
        {prefix}
        {board.headline}
      </p>
      {fitted.rows.length > 0 && (
        <ol className="permutations-rows" aria-label="Results that clinch">
          {fitted.rows.map((row) => (
            <li key={row.result}>
              <span className="permutations-result">{row.result}</span>
              <VerdictBadge verdict={row.clinches} />
              <span className="permutations-conditions">
                {row.conditions.map((condition) => (
                  <span key={condition}>{condition}</span>
                ))}
                {row.alwaysWith !== null && (
                  <span className="permutations-always">
                    <VerdictBadge verdict="always" /> {row.alwaysWith}
                  </span>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
      {fitted.moreText !== null && (
        <p className="permutations-more">
          {tableHref === null ? (
            fitted.moreText
          ) : (
            <a href={tableHref} data-nav>
              {fitted.moreText}
            </a>
          )}
        </p>
      )}
    </section>
  )
}
