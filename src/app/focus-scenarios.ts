import { clinchOutlook, type ClinchOutlook } from '../engine/clinch-conditions.ts'
import type { ChampionshipProgression } from '../engine/progression.ts'
import { maxRaceScore } from '../engine/remaining-races.ts'
import { championshipScenarios, type ScenarioRow } from '../engine/scenarios.ts'
import type { SeasonStandings } from '../engine/season-standings.ts'

export interface FocusScenarios {
  readonly byEntry: ReadonlyMap<string, ScenarioRow>
  readonly outlook: ClinchOutlook | null
  readonly racesLeft: number
  readonly maxPerRace: number
}

/** Title scenarios of the championship on screen (drivers' championships only). */
export function focusScenarios(
  standings: SeasonStandings,
  focus: ChampionshipProgression | null,
  step: number,
): FocusScenarios | null {
  if (focus === null || step < 0 || focus.championship.kind !== 'drivers') return null
  const scenarios = championshipScenarios(standings, focus, step)
  return {
    byEntry: new Map(scenarios.rows.map((row) => [row.id, row])),
    outlook: clinchOutlook(scenarios, focus.championship.name),
    racesLeft: scenarios.remaining.length,
    maxPerRace: Math.max(0, ...scenarios.remaining.map(maxRaceScore)),
  }
}
