import './overlay.css'
import type { CardContent } from '../../model/card-content.ts'
import { STALE_WORD } from '../../model/freshness-words.ts'
import { OverlayCard } from './overlay-card.tsx'

/**
 * The streaming overlay (view=overlay, docs/exporting.md#templates): one broadcast card on a
 * transparent page, full frame or as a lower third, with "NOT UPDATING" above it when the data
 * is stale. `content` is null while the season or its scenarios load.
 */
export function Overlay({
  kind,
  lowerThird,
  content,
  stale,
}: {
  readonly kind: Parameters<typeof OverlayCard>[0]['kind']
  readonly lowerThird: boolean
  readonly content: CardContent | null
  /** The data is not updating (docs/dashboard.md#staleness): said on the card's page too. */
  readonly stale: boolean
}) {
  return (
    <>
      {stale && (
        <p className="overlay-stale" role="alert">
          {STALE_WORD}
        </p>
      )}
      <OverlayCard kind={kind} shape={lowerThird ? 'lower-third' : 'wide'} input={content} />
    </>
  )
}
