import { useContext } from 'react'
import { Booth } from '../features/booth/booth.tsx'
import { latestRevisionOf, revisionOnAir } from '../model/revision-on-air.ts'
import type { PermutationsView } from '../model/permutations-view.ts'
import type { ScenarioSummary } from '../model/scenario-summary.ts'
import type { SeasonModel } from '../model/season-model.ts'
import type { Candidate } from '../ui/candidate-groups.ts'
import { PairPicker } from '../ui/pair-picker.tsx'
import type { Selection } from './resolve-selection.ts'
import { RevisionsContext } from './revisions-context.ts'
import { useClock } from '../ui/use-clock.ts'
import type { UrlStateApi } from './use-url-state.ts'

/**
 * The booth (docs/dashboard.md#booth) with what it reads besides the model: the address, and the
 * newest revision of a race it counts, said on air while the clock says it is new. Loaded with
 * the booth's boards when the booth is first shown (view-loaders.ts).
 */
export function BoothContent({
  model,
  selection,
  url,
  scenarios,
  permutations,
  candidates,
}: {
  /** Who can be picked: every class's entries from All classes, grouped by class. */
  readonly candidates: ReadonlyArray<Candidate>
  readonly model: SeasonModel
  readonly selection: Selection
  readonly url: UrlStateApi
  readonly scenarios: ScenarioSummary | null
  /** The next race's permutations, for the permutations board. */
  readonly permutations: { readonly view: PermutationsView | null; readonly pending: boolean }
}) {
  const { state, hrefFor, navigate } = url
  const { step, focus, champ } = selection
  const counted = model.standings.scored.slice(0, step + 1).map((race) => race.race.race.id)
  const revision = latestRevisionOf(useContext(RevisionsContext), counted)
  const at = revision?.at ?? null
  // Re-rendered when the revision goes off air, not on every tick of the clock.
  const onAir = useClock((now) => at !== null && revisionOnAir(at, now))
  const [a, b] = state.compare
  const picker = (
    <div className="booth-pick">
      <PairPicker
        candidates={candidates}
        value={a !== undefined && b !== undefined ? [a, b] : []}
        onChange={(pair) => navigate(hrefFor({ compare: [...pair] }))}
        teams={focus?.championship.kind === 'teams'}
      />
      {a !== undefined && (
        <a href={hrefFor({ compare: [] })} data-nav>
          Top {state.top} instead
        </a>
      )}
    </div>
  )
  return (
    <Booth
      model={model}
      championships={
        champ === 'all'
          ? selection.classChampionships.map((p) => p.championship.id)
          : focus === null
            ? []
            : [focus.championship.id]
      }
      step={step}
      // Only a pair the commentator picked (the address), never a default pair.
      pick={{ pair: state.compare.slice(0, 2), top: state.top }}
      scenarios={scenarios}
      permutations={permutations.view}
      permutationsPending={permutations.pending}
      focus={focus?.championship.id ?? null}
      board={state.board}
      present={state.present}
      tableHref={hrefFor({ view: 'permutations', present: false, board: 'standings' })}
      presentHref={hrefFor({ present: !state.present })}
      revision={revision}
      revisionOnAir={onAir}
      picker={picker}
    />
  )
}
