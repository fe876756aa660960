import type { ChampionshipProgression } from '../../src/engine/scoring/progression.ts'
import { computeSeasonStandings } from '../../src/engine/scoring/season-standings.ts'
import { standingsAt, type StandingRow } from '../../src/engine/scoring/standings.ts'
import type { RaceFile, RaceResults, Season } from '../../src/engine/types.ts'
import { mergeClasses, toRows, toSeason } from './build-season.ts'
import { championshipId, checkpointError, tieDiscomfort, type Checkpoint } from './checkpoint.ts'
import { entrantsOf, initialRaceState, type RaceState } from './race-state.ts'
import type { Reading, SeasonFacts } from './season-facts.ts'
import { seededRandom } from '../seeded-random.ts'

export interface Solution {
  readonly season: Season
  readonly states: ReadonlyArray<RaceState>
  /** Published statements that still do not hold (checkpoints, bounds, overall places), and by how much. */
  readonly misses: ReadonlyArray<{ readonly what: string; readonly error: number }>
  readonly plausibility: number
}

const CHECKPOINT_WEIGHT = 100
/** Cost of a named driver being level on points with a neighbour (see tieDiscomfort). */
const TIE_WEIGHT = 15
/** A published bound or overall position is a fact like a checkpoint: it must hold. */
const FACT_WEIGHT = 300

/**
 * Places every unknown position, pole and fastest lap so that the published checkpoints hold,
 * staying as close as it can to the entrants' pace order: simulated annealing over swaps of
 * unplaced drivers within a class and race, scored by the real engine.
 */
export function solveSeason(
  facts: SeasonFacts,
  checkpoints: ReadonlyArray<Checkpoint>,
  iterations: number,
  attempts = 6,
): Solution {
  let best: Solution | null = null
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const solution = anneal(facts, checkpoints, iterations, facts.seed + attempt * 7919)
    const missed = (s: Solution) => s.misses.reduce((sum, m) => sum + m.error, 0)
    if (
      best === null ||
      missed(solution) < missed(best) ||
      (missed(solution) === missed(best) && solution.plausibility < best.plausibility)
    ) {
      best = solution
    }
    if (missed(best) === 0) break
  }
  if (best === null) throw new Error('no attempt')
  return best
}

function anneal(
  facts: SeasonFacts,
  checkpoints: ReadonlyArray<Checkpoint>,
  iterations: number,
  seed: number,
): Solution {
  const random = seededRandom(seed)
  const season = toSeason(facts)
  const roundOf = new Map(facts.rounds.flatMap((r) => r.races.map((race) => [race.id, r.round])))
  const states = facts.races.map((race) =>
    initialRaceState(facts, race, roundOf.get(race.id) ?? 0, random),
  )
  const bound = bindCheckpoints(facts, checkpoints)
  const paceRank = states.map((state) => paceRanks(facts, state))
  const files = new Map<string, RaceFile>(
    states.map((state) => [state.facts.id, { kind: 'results', results: resultsOf(facts, state) }]),
  )

  const costs = states.map((state, r) => plausibility(facts, state, paceRank[r] ?? new Map()))
  const raceIndex = new Map(states.map((state, r) => [state.facts.id, r]))

  // One phase per class, last class first: a class's places only move the championships that
  // count it, so each phase scores just those (the first class also carries the teams).
  for (const cls of facts.classes.map((c) => c.id).toReversed()) {
    const first = facts.classes[0]?.id === cls
    const championships = season.championships.filter((c) =>
      c.classes === undefined ? first : c.classes.includes(cls),
    )
    const ids = new Set(championships.map((c) => c.id))
    const phaseSeason: Season = { ...season, championships }
    const phaseBound = bound.filter(({ checkpoint }) =>
      ids.has(championshipId(checkpoint.championship)),
    )
    // Breakout: a checkpoint that keeps failing late in the phase weighs more and more, which
    // lifts the search out of local minima where the others hold.
    const weights = phaseBound.map(() => CHECKPOINT_WEIGHT)
    const score = () => {
      const standings = computeSeasonStandings(phaseSeason, files)
      const tables = new Map<string, ReadonlyArray<StandingRow>>()
      const tableAt = (progression: ChampionshipProgression, step: number) => {
        const key = `${progression.championship.id}@${step}`
        let rows = tables.get(key)
        if (rows === undefined) {
          rows = standingsAt(progression, step)
          tables.set(key, rows)
        }
        return rows
      }
      let total = 0
      phaseBound.forEach(({ checkpoint, reading }, k) => {
        total +=
          (weights[k] ?? CHECKPOINT_WEIGHT) *
          checkpointError(checkpoint, reading, standings, tableAt)
        total += TIE_WEIGHT * tieDiscomfort(checkpoint, reading, standings)
      })
      for (const cost of costs) total += cost
      return total
    }
    let current = score()
    const start = 1500
    const end = 0.05
    let focus: ReadonlyArray<{ last: number }> = []
    // A phase with fewer championships scores faster: give it more moves for the same time.
    const moves = Math.round(
      (iterations * season.championships.length) / Math.max(1, championships.length),
    )
    for (let i = 0; i < moves; i += 1) {
      const temperature = start * Math.pow(end / start, i / moves)
      if (i % 500 === 0) {
        const standings = computeSeasonStandings(phaseSeason, files)
        focus = focusOn(phaseBound, standings, raceIndex)
        if (i > moves / 2) {
          phaseBound.forEach(({ checkpoint, reading }, k) => {
            if (checkpointError(checkpoint, reading, standings) > 0)
              weights[k] = (weights[k] ?? CHECKPOINT_WEIGHT) + 25
          })
          current = score()
        }
      }
      // Most moves go where a checkpoint still fails: the races up to it.
      const target =
        focus.length > 0 && random() < 0.7 ? focus[Math.floor(random() * focus.length)] : undefined
      const r = Math.floor(random() * ((target?.last ?? states.length - 1) + 1))
      const state = states[r]
      if (state === undefined) continue
      const undo = mutate(state, random, facts, cls)
      if (undo === null) continue
      const before = costs[r] ?? 0
      costs[r] = plausibility(facts, state, paceRank[r] ?? new Map())
      files.set(state.facts.id, { kind: 'results', results: resultsOf(facts, state) })
      const next = score()
      if (next <= current || random() < Math.exp((current - next) / temperature)) {
        current = next
      } else {
        undo()
        costs[r] = before
        files.set(state.facts.id, { kind: 'results', results: resultsOf(facts, state) })
      }
    }
    // Polish, while a checkpoint still fails: try every single change in this class and keep
    // the best, until none helps (at most 40 rounds).
    const failing = () =>
      phaseBound.some(
        ({ checkpoint, reading }) =>
          checkpointError(checkpoint, reading, computeSeasonStandings(phaseSeason, files)) > 0,
      )
    for (let improved = true, round = 0; improved && round < 40 && failing(); round += 1) {
      improved = false
      let best: { r: number; apply: () => () => void; value: number } | null = null
      for (const [r, state] of states.entries()) {
        for (const apply of everyMove(state, cls, facts)) {
          const undo = apply()
          const before = costs[r] ?? 0
          costs[r] = plausibility(facts, state, paceRank[r] ?? new Map())
          files.set(state.facts.id, { kind: 'results', results: resultsOf(facts, state) })
          const value = score()
          undo()
          costs[r] = before
          files.set(state.facts.id, { kind: 'results', results: resultsOf(facts, state) })
          if (value < current - 1e-9 && (best === null || value < best.value))
            best = { r, apply, value }
        }
      }
      if (best !== null) {
        const { r, apply, value } = best
        const state = states[r]
        if (state !== undefined) {
          apply()
          costs[r] = plausibility(facts, state, paceRank[r] ?? new Map())
          files.set(state.facts.id, { kind: 'results', results: resultsOf(facts, state) })
          current = value
          improved = true
        }
      }
    }
  }

  const standings = computeSeasonStandings(season, files)
  const misses = [
    ...bound.map(({ checkpoint, reading }) => ({
      what: `checkpoint ${checkpoint.index} (${checkpoint.championship}, after race ${checkpoint.afterRace}): ${checkpoint.statement}`,
      error: checkpointError(checkpoint, reading, standings),
    })),
    ...states.flatMap((state) => factMisses(facts, state)),
  ].filter((m) => m.error > 0)
  const plausible = states.reduce(
    (sum, state, r) => sum + plausibility(facts, state, paceRank[r] ?? new Map()),
    0,
  )
  return { season, states, misses, plausibility: plausible }
}

function resultsOf(facts: SeasonFacts, state: RaceState): RaceResults {
  return {
    format: 'pitboard-results/1',
    race: state.facts.id,
    status: 'official',
    rows: toRows(facts, state, false),
  }
}

/** Each classified driver's expected class place: their rank by pace among the classified. */
function paceRanks(facts: SeasonFacts, state: RaceState): ReadonlyMap<string, number> {
  const pace = new Map(entrantsOf(facts, state.facts, state.round).map((e) => [e.id, e.pace]))
  const ranks = new Map<string, number>()
  for (const order of state.order.values()) {
    order
      .toSorted((a, b) => (pace.get(a) ?? 0) - (pace.get(b) ?? 0))
      .forEach((d, i) => ranks.set(d, i + 1))
  }
  return ranks
}

/** How far a race strays from the pace order, published bounds and plausible bonus holders. */
function plausibility(
  facts: SeasonFacts,
  state: RaceState,
  ranks: ReadonlyMap<string, number>,
): number {
  let cost = FACT_WEIGHT * factMisses(facts, state).reduce((sum, miss) => sum + miss.error, 0)
  for (const [cls, order] of state.order) {
    const free = state.free.get(cls)
    order.forEach((driver, i) => {
      // Squared: many small departures from the pace order read more naturally than one big one.
      if (free?.has(driver) === true) cost += 0.04 * (i + 1 - (ranks.get(driver) ?? i + 1)) ** 2
    })
    const pole = state.pole.get(cls)
    if (pole !== undefined && !state.knownPole.has(cls)) {
      cost += 0.3 * finishIndex(order, pole) + 0.3 * ((ranks.get(pole) ?? order.length) - 1)
    }
    const lap = state.fastestLap.get(cls)
    if (lap !== undefined && !state.knownLap.has(cls)) cost += 0.5 * finishIndex(order, lap)
  }
  return cost
}

function finishIndex(order: ReadonlyArray<string>, driver: string): number {
  const at = order.indexOf(driver)
  return at < 0 ? order.length : at
}

/** One random change to a race, or null when the race has nothing to change; returns its undo. */
function mutate(
  state: RaceState,
  random: () => number,
  facts: SeasonFacts,
  only?: string,
): (() => void) | null {
  const classes = [...state.order.keys()]
  const cls = only ?? classes[Math.floor(random() * classes.length)] ?? ''
  const order = state.order.get(cls) ?? []
  const free = [...(state.free.get(cls) ?? [])]
  const roll = random()
  const noBonus = new Set(state.facts.noBonus ?? [])
  if (roll < 0.1 && !state.knownPole.has(cls)) {
    const started = [...order, ...[...state.out].filter(([, s]) => s !== 'dns').map(([d]) => d)]
    const candidates = started.filter(
      (d) => !noBonus.has(d) && facts.entrants.find((e) => e.id === d)?.class === cls,
    )
    const next = candidates[Math.floor(random() * candidates.length)]
    const before = state.pole.get(cls)
    if (next === undefined || before === undefined) return null
    state.pole.set(cls, next)
    return () => state.pole.set(cls, before)
  }
  if (roll < 0.2 && !state.knownLap.has(cls)) {
    const candidates = order.filter((d) => !noBonus.has(d))
    const next = candidates[Math.floor(random() * Math.min(candidates.length, 8))]
    const before = state.fastestLap.get(cls)
    if (next === undefined || before === undefined) return null
    state.fastestLap.set(cls, next)
    return () => state.fastestLap.set(cls, before)
  }
  if (free.length < 2) return null
  const a = free[Math.floor(random() * free.length)] ?? ''
  // Half the moves swap with the nearest free driver behind or ahead: a small change in points.
  const b =
    random() < 0.5
      ? neighbour(order, free, a, random() < 0.5 ? 1 : -1)
      : (free[Math.floor(random() * free.length)] ?? '')
  if (a === b || b === '') return null
  return swapCars(order, a, b)
}

/** Swaps two cars in a finishing order; returns the undo. */
function swapCars(order: Array<string>, a: string, b: string): () => void {
  const ia = order.indexOf(a)
  const ib = order.indexOf(b)
  order[ia] = b
  order[ib] = a
  return () => {
    order[ia] = a
    order[ib] = b
  }
}

/** The checkpoints that bind a season (with their readings), and its other published statements. */
function bindCheckpoints(
  facts: SeasonFacts,
  checkpoints: ReadonlyArray<Checkpoint>,
): ReadonlyArray<{ readonly checkpoint: Checkpoint; readonly reading: Reading }> {
  const read = checkpoints.flatMap((checkpoint) => {
    const reading: Reading | undefined = facts.readings[checkpoint.index]
    return checkpoint.season === facts.season && reading !== undefined
      ? [{ checkpoint, reading }]
      : []
  })
  const published = facts.published.map((p, i) => ({
    checkpoint: { ...p, index: -1 - i, season: facts.season, confidence: 'stated' as const },
    reading: { use: 'assert' as const },
  }))
  return [...read, ...published]
}

function neighbour(
  order: ReadonlyArray<string>,
  free: ReadonlyArray<string>,
  driver: string,
  step: 1 | -1,
): string {
  const movable = new Set(free)
  for (let i = order.indexOf(driver) + step; i >= 0 && i < order.length; i += step) {
    const other = order[i] ?? ''
    if (movable.has(other)) return other
  }
  return ''
}

/** Where the failing checkpoints are: the last race each depends on. */
function focusOn(
  bound: ReadonlyArray<{ readonly checkpoint: Checkpoint; readonly reading: Reading }>,
  standings: ReturnType<typeof computeSeasonStandings>,
  raceIndex: ReadonlyMap<string, number>,
): ReadonlyArray<{ last: number }> {
  return bound
    .filter(({ checkpoint, reading }) => checkpointError(checkpoint, reading, standings) > 0)
    .map(({ checkpoint, reading }) => {
      const afterRace =
        reading.use === 'assert'
          ? (reading.afterRace ?? checkpoint.afterRace)
          : checkpoint.afterRace
      return { last: raceIndex.get(`r${String(afterRace).padStart(2, '0')}`) ?? 0 }
    })
}

/** Published bounds on class places and published overall places this race does not meet. */
function factMisses(facts: SeasonFacts, state: RaceState): Array<{ what: string; error: number }> {
  const misses: Array<{ what: string; error: number }> = []
  const overall = mergeClasses(facts, state).misses
  if (overall > 0)
    misses.push({ what: `${state.facts.id}: published overall positions`, error: overall })
  for (const [driver, [low, high]] of Object.entries(state.facts.range ?? {})) {
    for (const order of state.order.values()) {
      const at = order.indexOf(driver) + 1
      if (at === 0) continue
      const error = Math.max(0, low - at) + Math.max(0, at - high)
      if (error > 0)
        misses.push({
          what: `${state.facts.id}: ${driver} should be between ${low} and ${high}, is ${at}`,
          error,
        })
    }
  }
  return misses
}

/** Every single change the solver may make to one class of one race, each returning its undo. */
function everyMove(state: RaceState, cls: string, facts: SeasonFacts): Array<() => () => void> {
  const order = state.order.get(cls) ?? []
  const free = order.filter((d) => state.free.get(cls)?.has(d) === true)
  const noBonus = new Set(state.facts.noBonus ?? [])
  const moves: Array<() => () => void> = []
  for (let i = 0; i < free.length; i += 1) {
    for (let j = i + 1; j < free.length; j += 1) {
      const a = free[i] ?? ''
      const b = free[j] ?? ''
      moves.push(() => swapCars(order, a, b))
    }
  }
  const classOf = new Map(facts.entrants.map((e) => [e.id, e.class]))
  const started = [...order, ...[...state.out].filter(([, s]) => s !== 'dns').map(([d]) => d)]
  const bonus = (
    known: ReadonlySet<string>,
    holder: Map<string, string>,
    candidates: ReadonlyArray<string>,
  ) => {
    if (known.has(cls)) return
    for (const candidate of candidates) {
      if (noBonus.has(candidate) || classOf.get(candidate) !== cls) continue
      moves.push(() => {
        const before = holder.get(cls)
        holder.set(cls, candidate)
        return () => {
          if (before === undefined) holder.delete(cls)
          else holder.set(cls, before)
        }
      })
    }
  }
  bonus(state.knownPole, state.pole, started)
  bonus(state.knownLap, state.fastestLap, order)
  return moves
}
