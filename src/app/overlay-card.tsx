import { useEffect } from 'react'
import { broadcastCard, cardSubtitle, type CardKind } from '../export/broadcast-card.ts'
import type { CardContent } from '../model/card-content.ts'

/**
 * The streaming overlay (view=overlay&card=…): one broadcast card on a transparent page, for a
 * browser source in streaming software. It follows the season like every view (live mode
 * included), because it is computed from the same standings.
 */
export function OverlayCard({
  kind,
  input,
}: {
  readonly kind: CardKind
  readonly input: CardContent | null
}) {
  useEffect(() => {
    document.documentElement.classList.add('overlay')
    return () => document.documentElement.classList.remove('overlay')
  }, [])
  if (input === null) return <p className="overlay-empty">No results to show yet.</p>
  const svg = broadcastCard(kind, 'wide', input)
  return (
    <img
      className="overlay-card"
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt={`${input.title}: ${cardSubtitle(kind, input)}`}
      width={1920}
      height={1080}
    />
  )
}
