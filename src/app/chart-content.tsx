import { styleOrderOf } from '../model/line-palette.ts'
import type { ChampionshipProgression } from '../engine/scoring/progression.ts'
import Charts from '../features/charts/charts.tsx'
import type { SeasonModel } from '../model/season-model.ts'
import type { Candidate } from '../ui/candidate-groups.ts'
import type { Selection } from './resolve-selection.ts'
import type { UrlStateApi } from './use-url-state.ts'

/**
 * The charts view (docs/dashboard.md#views): the entries picked from `pickable`'s championships,
 * with a class picker when there are several (All classes). Loaded with Recharts when a chart is
 * first shown (view-loaders.ts).
 */
export function ChartContent(props: {
  readonly model: SeasonModel
  readonly selection: Selection
  readonly url: UrlStateApi
  readonly pickable: ReadonlyArray<ChampionshipProgression>
  readonly candidates: ReadonlyArray<Candidate>
}) {
  const { model, selection, url, pickable, candidates } = props
  const { state, hrefFor, navigate } = url
  const { step, focus } = selection
  if (focus === null) return null
  const styleOrder = styleOrderOf(
    model,
    pickable.map(({ championship }) => championship.id),
  )
  const tableOf = (id: string) => model.championship(id)?.table(step) ?? []
  return (
    <Charts
      progression={focus}
      step={step}
      picked={selection.picked}
      kind={state.chart}
      beforeDrops={state.beforeDrops}
      candidates={candidates}
      styleOrder={styleOrder}
      classPicker={
        pickable.length < 2
          ? null
          : {
              options: pickable.map(({ championship: { id, name } }) => ({ id, name })),
              value: focus.championship.id,
              onPick: (id) =>
                navigate(
                  hrefFor({
                    compare: tableOf(id)
                      .slice(0, 5)
                      .map((r) => r.id),
                  }),
                ),
            }
      }
      kindHref={(chart) => hrefFor({ chart })}
      dropsHref={(beforeDrops) => hrefFor({ beforeDrops })}
      onCompare={(ids) => navigate(hrefFor({ compare: [...ids] }))}
      classes={model.season.classes}
    />
  )
}
