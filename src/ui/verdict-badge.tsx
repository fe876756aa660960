import './verdict-badge.css'
import type { Verdict } from '../engine/scenarios/permutation-row.ts'

const MARK: Readonly<Record<Verdict, string>> = { always: '✓', if: '◐', never: '✕' }

/**
 * Whether a result clinches the title: "always", "if" or "never" (docs/dashboard.md#permutations),
 * told apart by the word, a mark and the badge's shape (filled, dashed, none), the colour only
 * repeating them.
 */
export function VerdictBadge({ verdict }: { readonly verdict: Verdict }) {
  return (
    <span className={`verdict verdict-${verdict}`}>
      <span className="verdict-mark" aria-hidden="true">
        {MARK[verdict]}
      </span>{' '}
      {verdict}
    </span>
  )
}
