import { countsRace } from '../engine/scoring/eligibility.ts'
import type { CalendarRace } from '../engine/scoring/calendar.ts'
import { entryMeta } from './entry-meta.ts'
import type { SeasonModel } from './season-model.ts'

/** An entry the what-if editor can place, with the car it last raced. */
export interface WhatIfEntry {
  readonly id: string
  readonly name: string
  readonly car: string | null
}

/** What the what-if editor offers for a drivers' championship (docs/dashboard.md#what-if). */
export interface WhatIfPlan {
  /** Races that can be imagined: those without a result (or running, or imagined), at most four. */
  readonly races: ReadonlyArray<CalendarRace>
  /** The championship's entries in standings order, each with the car it last raced. */
  readonly entries: ReadonlyArray<WhatIfEntry>
  /** Races running now, their entries in running order. */
  readonly runningOrders: ReadonlyMap<string, ReadonlyArray<string>>
}

const MAX_RACES = 4

export function whatIfPlan(
  model: SeasonModel,
  championship: string,
  step: number,
): WhatIfPlan | null {
  const focus = model.championship(championship)
  if (focus === null || focus.progression.championship.kind !== 'drivers') return null
  const { standings } = model
  const rows = focus.table(step)
  const open = new Set([...model.imaginedRaces, ...model.liveRaces])
  const scored = new Set(standings.scored.map((race) => race.race.race.id))
  const counted = standings.calendar.filter((race) =>
    countsRace(focus.progression.championship, race.race.id),
  )
  const unrun = counted.filter((race) => open.has(race.race.id) || !scored.has(race.race.id))
  // A finished season: imagine the races after the one the standings are after.
  const after = standings.scored[step]?.race.index ?? Infinity
  const races = (unrun.length > 0 ? unrun : counted.filter((race) => race.index > after)).slice(
    0,
    MAX_RACES,
  )
  const ours = new Set(rows.map((row) => row.id))
  const runningOrders = new Map(
    model.liveRaces.map((id) => [
      id,
      (standings.scored.find((race) => race.race.race.id === id)?.rows ?? [])
        .filter((row) => row.status === 'classified')
        .flatMap((row) => row.drivers.filter((driver) => ours.has(driver))),
    ]),
  )
  return {
    races,
    entries: rows.map((row) => ({
      id: row.id,
      name: row.name,
      car: entryMeta(standings.season, row.id, row.races, false).car,
    })),
    runningOrders,
  }
}
