import { Standings } from '../features/standings/standings.tsx'
import { WhatIf } from '../features/what-if/what-if.tsx'
import { hasDrops } from '../engine/scoring/drops.ts'
import { scenarioRowsById } from '../model/scenario-rows-by-id.ts'
import type { ScenarioSummary } from '../model/scenario-summary.ts'
import type { SeasonModel } from '../model/season-model.ts'
import { whatIfPlan } from '../model/what-if-plan.ts'
import { OutlookLine } from '../ui/outlook-line.tsx'
import type { Selection } from './resolve-selection.ts'
import type { UrlStateApi } from './use-url-state.ts'

/** The what-if editor for the championship on screen, with the standings it leads to. */
export function WhatIfView({
  model,
  selection,
  url,
  scenarios,
}: {
  readonly model: SeasonModel
  readonly selection: Selection
  readonly url: UrlStateApi
  readonly scenarios: ScenarioSummary | null
}) {
  const { focus, step } = selection
  const plan = focus === null ? null : whatIfPlan(model, focus.championship.id, step)
  if (focus === null || plan === null)
    return <p>Pick a drivers' championship to imagine its remaining races.</p>
  const rows = model.championship(focus.championship.id)?.table(step) ?? []
  return (
    <>
      <WhatIf
        races={plan.races}
        entries={plan.entries}
        imagined={model.imagined}
        runningOrders={plan.runningOrders}
        onChange={(whatif) => url.navigate(url.hrefFor({ whatif: [...whatif], asOf: null }))}
      />
      <OutlookLine
        outlook={scenarios?.outlook ?? null}
        tableHref={url.hrefFor({ view: 'permutations' })}
      />
      <Standings
        of="championship"
        caption={`${focus.championship.name} standings${model.imaginedRaces.length > 0 ? ' (hypothetical)' : ''}`}
        season={model.season}
        calendar={model.standings.calendar}
        rows={rows}
        isTeams={false}
        hasPrevious={step > 0}
        hasDrops={hasDrops(focus.championship)}
        showClass={false}
        driverHref={(id) => url.hrefFor({ view: 'driver', driver: id })}
        scenarios={scenarios === null ? null : scenarioRowsById(scenarios)}
        liveDeltas={null}
        changed={null}
        version={0}
        sort={url.state.sort}
        sortHref={(sort) => url.hrefFor({ sort })}
      />
    </>
  )
}
