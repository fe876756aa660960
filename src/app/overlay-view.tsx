import { STALE_WORD } from '../model/freshness-words.ts'
import './overlay-view.css'
import type { ScenarioSource } from '../data/scenario-client.ts'
import { cardContent } from '../model/card-content.ts'
import { OverlayCard } from './overlay-card.tsx'
import type { Selection } from './resolve-selection.ts'
import type { Frame } from './url-state.ts'
import { useScenarios } from './use-scenarios.ts'

/** The streaming overlay's card, with the title outlook from the scenario worker. */
export function Overlay({
  kind,
  frame,
  source,
  selection,
  seasonSource,
  stale,
}: {
  readonly kind: Parameters<typeof OverlayCard>[0]['kind']
  /** Full frame or lower third (docs/exporting.md#templates). */
  readonly frame: Frame
  readonly source: ScenarioSource | null
  readonly selection: Selection | null
  readonly seasonSource: string
  /** The data is not updating (docs/dashboard.md#staleness): said on the card's page too. */
  readonly stale: boolean
}) {
  const focus = selection?.focus?.championship.id ?? ''
  const step = selection?.step ?? -1
  const summary = useScenarios(
    kind === 'clinch' || kind === 'permutations' ? source : null,
    focus,
    step,
  )
  const content =
    source === null || selection === null || focus === ''
      ? null
      : cardContent(source.model, {
          championship: focus,
          ...(selection.champ === 'all'
            ? { allClasses: selection.classChampionships.map((p) => p.championship.id) }
            : {}),
          step,
          compare: selection.compare,
          source: seasonSource,
          transparent: true,
          outlook: summary?.outlook ?? null,
          permutations: summary?.permutations ?? null,
          pointsLeft: summary,
        })
  return (
    <>
      {stale && (
        <p className="overlay-stale" role="alert">
          {STALE_WORD}
        </p>
      )}
      <OverlayCard
        kind={kind}
        shape={frame === 'lower-third' ? 'lower-third' : 'wide'}
        input={content}
      />
    </>
  )
}
