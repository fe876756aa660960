import type { BoardBadges as Badges } from '../../model/booth-board.ts'
import { RECONSTRUCTED } from '../../model/provenance-words.ts'

/** A board's status, always on screen: LIVE / PROVISIONAL / OFFICIAL, and RECONSTRUCTED. */
export function BoardBadges({ badges }: { readonly badges: Badges }) {
  return (
    <span className="booth-badges">
      <span className={`status-badge status-${badges.status.kind}`}>{badges.word}</span>
      {badges.reconstructed !== null && (
        <span className="status-badge status-reconstructed" title={`${RECONSTRUCTED}.`}>
          {badges.reconstructed}
        </span>
      )}
    </span>
  )
}
