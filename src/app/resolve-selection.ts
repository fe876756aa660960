import type { CalendarRace } from '../engine/scoring/calendar.ts'
import type { ChampionshipProgression } from '../engine/scoring/progression.ts'
import type { SeasonStandings } from '../engine/scoring/season-standings.ts'
import type { PickedEntry } from '../model/picked-entry.ts'
import type { SeasonModel } from '../model/season-model.ts'
import type { UrlState } from './url-state.ts'

/** What the address means for a loaded season, every id checked against the data. */
export interface Selection {
  /** "all" or the championship id shown. */
  readonly champ: string
  /** The class championships the "All classes" view combines; empty if the season has < 2. */
  readonly classChampionships: ReadonlyArray<ChampionshipProgression>
  /** The championship charts, head-to-head and the results grid use. */
  readonly focus: ChampionshipProgression | null
  /** Progression step shown (standings after `scored[step]`); -1 when nothing is scored yet. */
  readonly step: number
  readonly asOf: CalendarRace | null
  /** Entries of `focus` to chart/compare: the address's, or the leaders at `step`. */
  readonly compare: ReadonlyArray<string>
  /**
   * `compare` with the championship each entry scores in: `focus`, or from "All classes" each
   * entry's own class championship (pairs and lines across classes).
   */
  readonly picked: ReadonlyArray<PickedEntry>
  /** A driver of the season, for the driver card: the address's, or the focus leader. */
  readonly driver: string | null
}

/** A drivers' championship for exactly one class, with no tag or race filter. */
function isClassChampionship(progression: ChampionshipProgression): boolean {
  const c = progression.championship
  return (
    c.kind === 'drivers' &&
    c.classes?.length === 1 &&
    (c.tags ?? []).length === 0 &&
    c.races === undefined
  )
}

export function resolveSelection(model: SeasonModel, state: UrlState): Selection {
  const { standings } = model
  const tableOf = (progression: ChampionshipProgression, step: number) =>
    model.championship(progression.championship.id)?.table(step) ?? []
  const classChampionships = standings.championships.filter(isClassChampionship)
  const offersAll = classChampionships.length >= 2
  const named = standings.championships.find((p) => p.championship.id === state.champ)
  const champ =
    state.champ === 'all' && offersAll ? 'all' : (named?.championship.id ?? defaultChamp(standings))
  const stepById = standings.scored.findIndex((race) => race.race.race.id === state.asOf)
  const step = stepById >= 0 ? stepById : standings.scored.length - 1
  const byDriver = (id: string | null | undefined) =>
    classChampionships.find((p) => p.entries.some((e) => e.id === id))
  const focus =
    champ === 'all'
      ? (byDriver(state.compare[0]) ?? byDriver(state.driver) ?? classChampionships[0] ?? null)
      : (named ?? standings.championships.find((p) => p.championship.id === champ) ?? null)
  // From "All classes" any class's entries can be picked, each measured in its own class.
  const pickable = champ === 'all' ? classChampionships : focus === null ? [] : [focus]
  const championshipOf = new Map(
    pickable.flatMap((p) => p.entries.map((e) => [e.id, p] as const)).toReversed(),
  )
  const chosen = [...new Set(state.compare)].filter((id) => championshipOf.has(id))
  const leaders = focus === null ? [] : tableOf(focus, step).map((row) => row.id)
  const compare = chosen.length > 0 ? chosen : leaders.slice(0, 5)
  const picked = compare.flatMap((id) => {
    const progression = championshipOf.get(id)
    return progression === undefined ? [] : [{ progression, id }]
  })
  const driverIds = new Set(standings.season.drivers.map((d) => d.id))
  const focusIsDrivers = focus?.championship.kind === 'drivers'
  const driver =
    state.driver !== null && driverIds.has(state.driver)
      ? state.driver
      : ((focusIsDrivers ? leaders[0] : undefined) ??
        firstDriverLeader(standings, step, tableOf) ??
        null)
  return {
    champ,
    classChampionships: offersAll ? classChampionships : [],
    focus,
    step,
    asOf: standings.scored[step]?.race ?? null,
    compare,
    picked,
    driver,
  }
}

function defaultChamp(standings: SeasonStandings): string {
  return standings.championships[0]?.championship.id ?? ''
}

function firstDriverLeader(
  standings: SeasonStandings,
  step: number,
  tableOf: (p: ChampionshipProgression, step: number) => ReadonlyArray<{ readonly id: string }>,
): string | undefined {
  const drivers = standings.championships.find((p) => p.championship.kind === 'drivers')
  return drivers === undefined ? undefined : tableOf(drivers, step)[0]?.id
}
