import { hasDrops } from '../engine/scoring/drops.ts'
import { Standings } from '../features/standings/standings.tsx'
import { scenarioRowsById } from '../model/scenario-rows-by-id.ts'
import type { ScenarioSummary } from '../model/scenario-summary.ts'
import type { LiveDeltas, SeasonModel } from '../model/season-model.ts'
import { seasonProvenance } from '../model/provenance.ts'
import { OutlookLine } from '../ui/outlook-line.tsx'
import type { Selection } from './resolve-selection.ts'
import type { UrlStateApi } from './use-url-state.ts'

/**
 * The standings view (docs/dashboard.md#views): every class side by side, or one championship
 * under its outlook line with the title scenarios per entry.
 */
export function StandingsContent(props: {
  readonly model: SeasonModel
  readonly selection: Selection
  readonly url: UrlStateApi
  readonly scenarios: ScenarioSummary | null
  readonly liveDeltas: LiveDeltas | null
  readonly changed: ReadonlySet<string> | null
  readonly version: number
}) {
  const { model, selection, url, scenarios, liveDeltas, changed, version } = props
  const { state, hrefFor } = url
  const { step, focus, champ } = selection
  const { season, calendar } = model.standings
  const driverHref = (id: string) => hrefFor({ view: 'driver', driver: id })
  const provenance = seasonProvenance(model.season, model.input.files)
  if (champ === 'all')
    return (
      <Standings
        of="all-classes"
        season={season}
        championships={selection.classChampionships}
        provenance={provenance}
        step={step}
        driverHref={driverHref}
        sort={state.sort}
        sortHref={(sort) => hrefFor({ sort })}
      />
    )
  if (focus === null) return null
  const { championship } = focus
  return (
    <>
      <OutlookLine
        outlook={scenarios?.outlook ?? null}
        tableHref={hrefFor({ view: 'permutations' })}
      />
      <Standings
        of="championship"
        caption={`${championship.name} standings`}
        season={season}
        calendar={calendar}
        rows={model.championship(championship.id)?.table(step) ?? []}
        isTeams={championship.kind === 'teams'}
        hasPrevious={step > 0}
        hasDrops={hasDrops(championship)}
        showClass={
          championship.kind === 'drivers' &&
          (championship.classes?.length ?? 0) !== 1 &&
          season.classes.length > 1
        }
        driverHref={driverHref}
        scenarios={scenarios === null ? null : scenarioRowsById(scenarios)}
        liveDeltas={liveDeltas}
        changed={changed}
        version={version}
        sort={state.sort}
        sortHref={(sort) => hrefFor({ sort })}
        provenance={provenance}
      />
    </>
  )
}
