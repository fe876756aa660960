import type { RaceResults, ResultRow, Season } from '../../src/engine/types.ts'
import { entrantsOf, type RaceState } from './race-state.ts'
import type { SeasonFacts } from './season-facts.ts'

/** The season.json the facts describe (calendar, classes, drivers, teams, rules). */
export function toSeason(facts: SeasonFacts): Season {
  return {
    format: 'pitboard-season/1',
    series: { id: 'ccna', name: 'Porsche Carrera Cup North America' },
    season: facts.season,
    classes: facts.classes,
    drivers: facts.entrants
      .filter((e, i) => facts.entrants.findIndex((other) => other.id === e.id) === i)
      .map((e) => ({
        id: e.id,
        name: e.name,
        ...(e.country === undefined ? {} : { country: e.country }),
        ...(e.tags === undefined ? {} : { tags: e.tags }),
      })),
    teams: facts.teams,
    rounds: facts.rounds.map((round) => ({
      round: round.round,
      name: round.name,
      circuit: round.circuit,
      races: round.races.map((race) => ({
        id: race.id,
        name: `Race ${Number(race.id.slice(1))}`,
        type: 'race',
        date: race.date,
        results: `results/${race.id}.json`,
      })),
    })),
    scoring: { race: facts.scoring },
    championships: facts.championships,
  }
}

/** Where each class's n-th car sits in the overall order, as a fraction of the Pro field. */
const CLASS_OFFSET = [0, 0.7, 0.92]
const CLASS_SPREAD = [1, 1.25, 1.3]

/**
 * Merges the class orders into an overall order: Pro first, Pro-Am among the back of the Pro
 * field, the third class behind, except that a car with a published overall position takes
 * exactly that place. Returns how many published positions could not be met (0 when all are).
 */
export function mergeClasses(
  facts: SeasonFacts,
  state: RaceState,
): { order: Array<string>; misses: number } {
  const proCount = state.order.get(facts.classes[0]?.id ?? '')?.length ?? 0
  const queues = facts.classes.map((cls, c) =>
    (state.order.get(cls.id) ?? []).map((driver, i) => ({
      driver,
      key: (CLASS_OFFSET[c] ?? 1) * proCount + i * (CLASS_SPREAD[c] ?? 1) + c * 0.01,
    })),
  )
  const fixed = state.facts.overall ?? {}
  const total = queues.reduce((n, q) => n + q.length, 0)
  const order: Array<string> = []
  let misses = 0
  for (let position = 1; position <= total; position += 1) {
    const heads = queues.filter((q) => q.length > 0)
    // A class whose published car would be late unless its cars go now.
    const slack = (q: ReadonlyArray<{ driver: string }>) => {
      const j = q.findIndex((car) => fixed[car.driver] !== undefined)
      return j < 0 ? Infinity : (fixed[q[j]?.driver ?? ''] ?? 0) - position - j
    }
    const urgent = heads.filter((q) => slack(q) <= 0).toSorted((a, b) => slack(a) - slack(b))[0]
    const open = heads.filter((q) => fixed[q[0]?.driver ?? ''] === undefined)
    const pick =
      urgent ??
      open.toSorted((a, b) => (a[0]?.key ?? 0) - (b[0]?.key ?? 0))[0] ??
      heads.toSorted(
        (a, b) => (fixed[a[0]?.driver ?? ''] ?? 0) - (fixed[b[0]?.driver ?? ''] ?? 0),
      )[0]
    const next = pick?.shift()
    if (next === undefined) break
    const wanted = fixed[next.driver]
    if (wanted !== undefined && wanted !== position) misses += Math.abs(wanted - position)
    order.push(next.driver)
  }
  return { order, misses }
}

/**
 * One race's rows: the overall order of `mergeClasses`, then the cars that were not
 * classified. Throws if a published overall position cannot be met.
 */
export function toRows(
  facts: SeasonFacts,
  state: RaceState,
  strict = true,
): ReadonlyArray<ResultRow> {
  const entrants = new Map(entrantsOf(facts, state.facts, state.round).map((e) => [e.id, e]))
  const { order: overall, misses } = mergeClasses(facts, state)
  if (strict && misses > 0)
    throw new Error(`${state.facts.id}: a published overall position cannot be met`)
  // Every row has the same fields in the same order (absent ones undefined, which JSON leaves
  // out): the engine reads rows fastest when they share one shape (docs/performance.md).
  const row = (
    driver: string,
    status: ResultRow['status'],
    position: number | undefined,
  ): ResultRow => {
    const e = entrants.get(driver)
    if (e === undefined) throw new Error(`${state.facts.id}: ${driver} is not an entrant`)
    const pole = state.pole.get(e.class) === driver ? true : undefined
    const fastestLap = state.fastestLap.get(e.class) === driver ? true : undefined
    const marks = {
      reason: state.facts.reasons?.[driver],
      reconstructed: filledIn(state, e.class, driver, pole, fastestLap),
    }
    return status === 'classified'
      ? fixedShape(e, status, position ?? 0, pole, fastestLap, marks)
      : fixedShape(e, status, undefined, pole, fastestLap, marks)
  }
  const classified = overall.map((driver, i) => row(driver, 'classified', i + 1))
  const others = [...state.out]
    .toSorted(
      (a, b) =>
        statusRank(a[1]) - statusRank(b[1]) ||
        (entrants.get(a[0])?.car ?? '').localeCompare(entrants.get(b[0])?.car ?? ''),
    )
    .map(([driver, status]) => row(driver, status, undefined))
  return [...classified, ...others]
}

/**
 * Whether a row is the solver's (docs/data-format.md#reconstructed-rows): its driver's class
 * place or outcome is not in the race's facts (a `range` or an `overall` position alone leaves the
 * class place to the solver), or it holds a pole or fastest lap no fact gives its class.
 */
function filledIn(
  state: RaceState,
  cls: string,
  driver: string,
  pole: true | undefined,
  fastestLap: true | undefined,
): true | undefined {
  const published = state.facts.place?.[driver] !== undefined
  const madeUpPole = pole === true && !state.knownPole.has(cls)
  const madeUpLap = fastestLap === true && !state.knownLap.has(cls)
  return !published || madeUpPole || madeUpLap ? true : undefined
}

function statusRank(status: 'dnf' | 'dns' | 'dsq' | 'nc'): number {
  return ['nc', 'dnf', 'dsq', 'dns'].indexOf(status)
}

/**
 * The result file of one race, labelled as reconstructed with what its sources confirm; each row
 * the solver filled in says so (`reconstructed: true`), the others are published as given.
 */
export function toResults(
  facts: SeasonFacts,
  state: RaceState,
  urls: (keys: ReadonlyArray<string>) => ReadonlyArray<string>,
): RaceResults {
  const note =
    `Reconstructed, not official. Confirmed by the sources: ${state.facts.confirmed.join('; ')}. ` +
    'Every other place, pole and fastest lap was placed by scripts/build-ccna.ts to fit the published ' +
    'standings; each row it placed says "reconstructed": true (public/data/ccna/README.md).'
  return {
    format: 'pitboard-results/1',
    race: state.facts.id,
    status: 'official',
    rows: toRows(facts, state),
    source: { kind: 'reconstructed', note, urls: urls(state.facts.sources) },
    ...(state.facts.notes === undefined ? {} : { notes: state.facts.notes }),
  }
}

/** One object literal for every row, so all rows share one shape. */
function fixedShape<S extends ResultRow['status'], P extends number | undefined>(
  e: { readonly car: string; readonly id: string; readonly team: string; readonly class: string },
  status: S,
  position: P,
  pole: true | undefined,
  fastestLap: true | undefined,
  marks: { readonly reason: string | undefined; readonly reconstructed: true | undefined },
) {
  return {
    car: e.car,
    drivers: [e.id],
    team: e.team,
    class: e.class,
    status,
    position,
    pole,
    fastestLap,
    reason: marks.reason,
    reconstructed: marks.reconstructed,
  }
}
