import { useEffect, useState } from 'react'
import {
  broadcastCard,
  cardHeading,
  cardSubtitle,
  type CardKind,
  type CardShape,
} from '../../export/broadcast-card.ts'
import type { CardContent } from '../../model/card-content.ts'

/**
 * The streaming overlay (view=overlay&card=…, docs/exporting.md#streaming-overlay): one broadcast
 * card on a transparent page, for a browser source in streaming software. It follows the season
 * like every view (live mode included), because it is computed from the same standings. When its
 * numbers change the new card fades in over the old one (overlay.css: 300 ms, none with
 * reduced motion), the old one kept underneath until then so the panel never turns see-through.
 */
export function OverlayCard({
  kind,
  shape,
  input,
}: {
  readonly kind: CardKind
  readonly shape: CardShape
  readonly input: CardContent | null
}) {
  useEffect(() => {
    document.documentElement.classList.add('overlay')
    return () => document.documentElement.classList.remove('overlay')
  }, [])
  const src =
    input === null
      ? null
      : `data:image/svg+xml;charset=utf-8,${encodeURIComponent(broadcastCard(kind, shape, input))}`
  const [shown, setShown] = useState<{
    readonly src: string | null
    readonly under: string | null
  }>({ src, under: null })
  // A new card: the one on air stays under it until the new one has faded in.
  if (shown.src !== src) setShown({ src, under: shown.src })
  if (input === null || src === null)
    return <p className="overlay-empty">No results to show yet.</p>
  return (
    <div className="overlay-stage">
      {shown.under !== null && (
        <img className="overlay-card-under" src={shown.under} alt="" width={1920} height={1080} />
      )}
      <img
        key={src}
        className="overlay-card"
        src={src}
        alt={`${cardHeading(kind, input).title}: ${cardSubtitle(kind, input)}`}
        width={1920}
        height={1080}
        onAnimationEnd={() => setShown({ src, under: null })}
      />
    </div>
  )
}
