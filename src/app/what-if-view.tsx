import type { ScenarioRow } from '../engine/scenarios.ts'
import type { SeasonStandings } from '../engine/season-standings.ts'
import { standingsAt } from '../engine/standings.ts'
import { countsRace } from '../engine/eligibility.ts'
import { WhatIfEditor } from '../features/what-if/what-if-editor.tsx'
import { StandingsTable } from '../features/standings/standings-table.tsx'
import { entryMeta } from '../ui/entry-meta.ts'
import type { FocusScenarios } from './focus-scenarios.ts'
import type { LivePicture } from './live-picture.ts'
import { OutlookLine } from './outlook-line.tsx'
import type { Selection } from './resolve-selection.ts'
import type { UrlStateApi } from './use-url-state.ts'

const MAX_RACES = 4

/** The what-if editor for the championship on screen, with the standings it leads to. */
export function WhatIfView({
  standings,
  selection,
  url,
  live,
  scenarios,
}: {
  readonly standings: SeasonStandings
  readonly selection: Selection
  readonly url: UrlStateApi
  readonly live: LivePicture
  readonly scenarios: FocusScenarios | null
}) {
  const { focus, step } = selection
  if (focus === null || focus.championship.kind !== 'drivers')
    return <p>Pick a drivers' championship to imagine its remaining races.</p>
  const open = new Set([...live.imagined, ...live.liveRaces])
  const scored = new Set(standings.scored.map((race) => race.race.race.id))
  const counted = standings.calendar.filter((race) => countsRace(focus.championship, race.race.id))
  const unrun = counted.filter((race) => open.has(race.race.id) || !scored.has(race.race.id))
  // A finished season: imagine the races after the one the slider is on.
  const after = selection.asOf?.index ?? Infinity
  const races = (unrun.length > 0 ? unrun : counted.filter((race) => race.index > after)).slice(
    0,
    MAX_RACES,
  )
  const rows = step < 0 ? [] : standingsAt(focus, step)
  const cars = rows.flatMap((row) => {
    const car = entryMeta(standings.season, row.id, row.races, false).car
    return car === null ? [] : [{ car, name: row.name }]
  })
  const byEntry: ReadonlyMap<string, ScenarioRow> | null = scenarios?.byEntry ?? null
  const ours = new Set(cars.map((c) => c.car))
  const runningOrders = new Map(
    live.liveRaces.map((id) => [
      id,
      (standings.scored.find((race) => race.race.race.id === id)?.rows ?? [])
        .filter((row) => row.status === 'classified' && ours.has(row.car))
        .map((row) => row.car),
    ]),
  )
  return (
    <>
      <WhatIfEditor
        races={races}
        cars={cars}
        imagined={url.state.whatif}
        runningOrders={runningOrders}
        onChange={(whatif) => url.navigate(url.hrefFor({ whatif: [...whatif], asOf: null }))}
      />
      <OutlookLine outlook={scenarios?.outlook ?? null} championship={focus.championship.name} />
      <StandingsTable
        caption={`${focus.championship.name} standings${live.imagined.length > 0 ? ' (hypothetical)' : ''}`}
        season={standings.season}
        calendar={standings.calendar}
        rows={rows}
        isTeams={false}
        hasPrevious={step > 0}
        hasDrops={(focus.championship.drops?.worst ?? 0) > 0}
        showClass={false}
        driverHref={(id) => url.hrefFor({ view: 'driver', driver: id })}
        scenarios={byEntry}
        liveDeltas={null}
        changed={null}
        version={0}
      />
    </>
  )
}
