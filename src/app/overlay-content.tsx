import type { ScenarioSource } from '../data/scenario-client.ts'
import type { CardKind } from '../export/card-kinds.ts'
import { Overlay } from '../features/overlay/overlay.tsx'
import { cardContent } from '../model/card-content.ts'
import type { Selection } from './resolve-selection.ts'
import type { Frame } from './url-state.ts'
import { usePermutationsAnswer, useScenarios } from './use-scenarios.ts'

/** The streaming overlay's card for the address, with the title outlook from the scenario worker. */
export function OverlayContent({
  kind,
  frame,
  source,
  selection,
  seasonSource,
  stale,
}: {
  readonly kind: CardKind
  /** Full frame or lower third (docs/exporting.md#templates). */
  readonly frame: Frame
  readonly source: ScenarioSource | null
  readonly selection: Selection | null
  readonly seasonSource: string
  /** The data is not updating (docs/dashboard.md#staleness). */
  readonly stale: boolean
}) {
  const focus = selection?.focus?.championship.id ?? ''
  const step = selection?.step ?? -1
  const wanted = kind === 'clinch' || kind === 'permutations'
  const summary = useScenarios(wanted ? source : null, focus, step)
  const permutations = usePermutationsAnswer(source, focus, step, wanted).view
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
          permutations,
          pointsLeft: summary,
        })
  return (
    <Overlay kind={kind} lowerThird={frame === 'lower-third'} content={content} stale={stale} />
  )
}
