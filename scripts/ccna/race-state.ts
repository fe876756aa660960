import type { EntrantFacts, RaceFacts, SeasonFacts } from './season-facts.ts'

/** The solver's decisions for one race: class orders and who took the unknown bonuses. */
export interface RaceState {
  readonly facts: RaceFacts
  readonly round: number
  /** Classified drivers, in class order, by class. */
  readonly order: Map<string, Array<string>>
  /** Drivers who are not classified, and how. */
  readonly out: ReadonlyMap<string, 'dnf' | 'dns' | 'dsq' | 'nc'>
  readonly pole: Map<string, string>
  readonly fastestLap: Map<string, string>
  /** By class: drivers whose place the solver may move (no published place). */
  readonly free: ReadonlyMap<string, ReadonlySet<string>>
  /** By class: whether the pole / fastest lap is published (the solver leaves it). */
  readonly knownPole: ReadonlySet<string>
  readonly knownLap: ReadonlySet<string>
}

/** Entrants taking part in a race: entered for the weekend and not listed as absent. */
export function entrantsOf(
  facts: SeasonFacts,
  race: RaceFacts,
  round: number,
): ReadonlyArray<EntrantFacts> {
  return facts.entrants.filter(
    (e) =>
      (e.weekends === 'all' || e.weekends.includes(round)) && !(race.absent ?? []).includes(e.id),
  )
}

/**
 * The starting state of a race: published places fixed, everyone else in pace order (with a
 * small seeded variation per race), unknown poles to the quickest entrant, unknown fastest laps
 * to the class winner.
 */
export function initialRaceState(
  facts: SeasonFacts,
  race: RaceFacts,
  round: number,
  random: () => number,
): RaceState {
  const entrants = entrantsOf(facts, race, round)
  const cars = new Map<string, string>()
  const drivers = new Set<string>()
  for (const e of entrants) {
    if (drivers.has(e.id)) throw new Error(`${race.id}: ${e.id} has two entries for this weekend`)
    drivers.add(e.id)
    const other = cars.get(e.car)
    if (other !== undefined)
      throw new Error(`${race.id}: car ${e.car} is entered for both ${other} and ${e.id}`)
    cars.set(e.car, e.id)
  }
  for (const driver of [
    ...Object.keys(race.place ?? {}),
    ...Object.keys(race.overall ?? {}),
    ...Object.keys(race.range ?? {}),
  ]) {
    if (!entrants.some((e) => e.id === driver))
      throw new Error(`${race.id}: ${driver} is not entered for this race`)
  }
  const place = race.place ?? {}
  const out = new Map<string, 'dnf' | 'dns' | 'dsq' | 'nc'>()
  for (const [driver, outcome] of Object.entries(place))
    if (typeof outcome === 'string') out.set(driver, outcome)
  const order = new Map<string, Array<string>>()
  const free = new Map<string, Set<string>>()
  const pole = new Map<string, string>()
  const fastestLap = new Map<string, string>()
  for (const { id: cls } of facts.classes) {
    const inClass = entrants.filter((e) => e.class === cls && !out.has(e.id))
    const slots: Array<string | undefined> = Array.from({ length: inClass.length })
    for (const e of inClass) {
      const fixed = place[e.id]
      if (typeof fixed !== 'number') continue
      if (fixed < 1 || fixed > inClass.length || slots[fixed - 1] !== undefined) {
        throw new Error(
          `${race.id}: ${e.id} cannot be ${cls} ${fixed} (${inClass.length} classified)`,
        )
      }
      slots[fixed - 1] = e.id
    }
    const movable = inClass
      .filter((e) => typeof place[e.id] !== 'number')
      .map((e) => ({ id: e.id, key: e.pace + random() * 4 }))
      .toSorted((a, b) => a.key - b.key)
      .map((e) => e.id)
    let next = 0
    const filled = slots.map((slot) => slot ?? movable[next++] ?? '')
    order.set(cls, filled)
    free.set(cls, new Set(movable))
    const known = race.pole?.[cls]
    const quickest = entrants
      .filter((e) => e.class === cls && !(race.noBonus ?? []).includes(e.id))
      .toSorted((a, b) => a.pace - b.pace)[0]?.id
    const chosenPole = known ?? quickest
    if (chosenPole !== undefined) pole.set(cls, chosenPole)
    const lap = race.fastestLap?.[cls] ?? filled.find((d) => !(race.noBonus ?? []).includes(d))
    if (lap !== undefined) fastestLap.set(cls, lap)
  }
  return {
    facts: race,
    round,
    order,
    out,
    pole,
    fastestLap,
    free,
    knownPole: new Set(Object.keys(race.pole ?? {})),
    knownLap: new Set(Object.keys(race.fastestLap ?? {})),
  }
}
