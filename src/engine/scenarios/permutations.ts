import {
  placesToTell,
  raceOutcomes,
  scoringNothing,
  scoringPlaces,
  type RaceOutcome,
} from './race-outcomes.ts'
import type { RemainingRace } from './remaining-races.ts'
import { rivalLimit } from './rival-limit.ts'
import { verdictOf, type PermutationRow, type RivalSide } from './permutation-row.ts'
import { isAhead, wholeRace, type Contender, type Standing } from './scenario-rules.ts'
import { nextSlot, permutationSides, type Side } from './permutation-sides.ts'
import type { ChampionshipScenarios } from './scenarios.ts'
import { teamPermutationRows } from './team-permutations.ts'

const winning = (outcome: RaceOutcome) => (outcome.place === 1 ? [outcome.points] : [])

/**
 * The championship permutations of the next race (docs/scoring-rules.md#permutations): for each
 * result the leader can take there, whether it clinches the title always, never, or if each
 * rival keeps within its limit. Every condition is a set of real outcomes: for drivers (and
 * teams by rank) exactly those that clinch; for teams adding cars up, by points, those that
 * clinch whatever places make the points.
 */
export interface PermutationTable {
  readonly race: RemainingRace
  /** Contender index of the leader (0). */
  readonly leader: number
  /** Contender indices of the rivals still able to finish level or ahead; -1: a newcomer. */
  readonly rivals: ReadonlyArray<number>
  /** Per rival: whether it fights for the same places (its class, or the whole race). */
  readonly sameGroup: ReadonlyArray<boolean>
  /** How many places the rows tell apart: the last numbered row means that place or lower. */
  readonly places: number
  /** `place`: rows by place and bonuses; `points`: rows by the points a team scores. */
  readonly by: 'place' | 'points'
  /** Best results first. */
  readonly rows: ReadonlyArray<PermutationRow>
}

/** What every row of the next race's table is worked out from; null as for the table. */
interface TableSetup {
  readonly race: RemainingRace
  readonly rivalIds: ReadonlyArray<number>
  readonly rivals: ReadonlyArray<RivalSide>
  readonly leader: Side
  readonly leaderFinal: (points: number, place: number | null) => Standing
}

/** Per scenarios: the title outlook reads the setup first, the table (when asked) again. */
const setups = new WeakMap<ChampionshipScenarios, TableSetup | null>()

function tableSetup(scenarios: ChampionshipScenarios): TableSetup | null {
  let setup = setups.get(scenarios)
  if (setup === undefined) {
    setup = setupOf(scenarios)
    setups.set(scenarios, setup)
  }
  return setup
}

function setupOf(scenarios: ChampionshipScenarios): TableSetup | null {
  const { remaining, rules } = scenarios
  // A settled title leaves the leader no rival: permutationSides is null.
  const slot = nextSlot(scenarios)
  const race = remaining[slot]
  const sides = race === undefined ? null : permutationSides(scenarios, [slot])
  if (race === undefined || sides === null) return null
  const { leader, rivalIds } = sides
  const counted = (place: number | null) =>
    place !== null && race.countsForCountback ? [place] : []
  const rivals = sides.rivals.map((side): RivalSide => ({
    contender: side.contender,
    sameGroup: wholeRace(rules, race) || sameClass(leader.contender, side.contender),
    // An entry that can score nothing here any more takes nothing from any result.
    final:
      side.contender.tally.field.kind === 'none'
        ? () => side.final([0], [])
        : (points, place) => side.final([points], counted(place)),
  }))
  const leaderFinal = (points: number, place: number | null) =>
    leader.final([points], counted(place))
  return { race, rivalIds, rivals, leader, leaderFinal }
}

/**
 * Whether some result of the next race may clinch the title, without the table: false when even
 * the leader's best result (the win with every bonus) leaves a rival alive, one it cannot stop by
 * any result. A worse result scores no more and counts no better on countback, so it leaves that
 * rival alive too: every row of the table says "never" (docs/scoring-rules.md#permutations).
 * True means only that the table must be read (teams adding cars up are always read). Null where
 * the table is null.
 */
export function nextRaceMayClinch(
  scenarios: ChampionshipScenarios,
): { readonly race: RemainingRace; readonly may: boolean } | null {
  const setup = tableSetup(scenarios)
  if (setup === null) return null
  const { race, rivals, rivalIds, leader, leaderFinal } = setup
  const { rules, remaining } = scenarios
  if (rules.method === 'sum') return { race, may: true }
  const best =
    leader.contender.tally.field.kind === 'none'
      ? leaderFinal(0, null)
      : leaderFinal(Math.max(...raceOutcomes(rules, race, 1).flatMap(winning)), 1)
  // As rivalLimit's "alive": not classified and no bonus still stops the clinch (a driver yet
  // to race, in the last race, is "absent" there, not alive).
  const nothing = scoringNothing(race)
  const alive = rivals.some(
    (rival, r) =>
      !absent(rivalIds[r], remaining) &&
      !isAhead(best, rival.final(nothing.points, nothing.place), rules.countback),
  )
  return { race, may: !alive }
}

/**
 * The permutation table of the leader's next race; null when the title is settled, there is no
 * race left, or no one is left to beat.
 */
export function permutationTable(scenarios: ChampionshipScenarios): PermutationTable | null {
  const { contenders, remaining, rules } = scenarios
  const setup = tableSetup(scenarios)
  if (setup === null) return null
  const { race, rivalIds, rivals, leader, leaderFinal } = setup
  const sameGroup = rivals.map((rival) => rival.sameGroup)
  if (rules.method === 'sum') {
    const table = teamPermutationRows(rules, race, leader.contender, leaderFinal, rivals)
    return { race, leader: 0, rivals: rivalIds, sameGroup, places: 0, by: 'points', rows: table }
  }
  // Every car of the table may finish ahead of the leader: places down to the last one count.
  const cars = contenders.length + scenarios.newcomers
  const deepest = placesToTell(race, rules.countback, cars)
  const rowsTo = (places: number) =>
    (leader.contender.tally.field.kind === 'none'
      ? [{ place: null, pole: false, fastestLap: false, points: 0 }]
      : raceOutcomes(rules, race, places)
    ).map((outcome): PermutationRow => {
      const own = leaderFinal(outcome.points, outcome.place)
      const limits = rivals.map((rival, r) => {
        const limit = rivalLimit(rules, race, deepest, outcome, rival.sameGroup, (o) =>
          isAhead(own, rival.final(o.points, o.place), rules.countback),
        )
        // In the last race a driver yet to race who does not start is never in the table.
        return limit.kind === 'alive' && absent(rivalIds[r], remaining)
          ? { ...limit, kind: 'absent' as const }
          : limit
      })
      return { leader: outcome, clinches: verdictOf(limits), limits }
    })
  // Below the points only countback tells places apart. A better result never leaves a rival
  // less room, so when the first place without points reads as not finishing at all, every
  // place between does too: one row says them all, and the table stays linear in the field.
  const shallow = Math.min(deepest, scoringPlaces(race) + 1)
  const first = rowsTo(shallow)
  const places = sameRows(first, shallow) ? shallow : deepest
  const table = places === shallow ? first : rowsTo(deepest)
  return { race, leader: 0, rivals: rivalIds, sameGroup, places, by: 'place', rows: table }
}

/**
 * Whether a rival "alive" is "absent" instead: a driver (team) yet to race, in the last race, is
 * never in the final table unless it starts (rival-limit.ts).
 */
function absent(rival: number | undefined, remaining: ReadonlyArray<RemainingRace>): boolean {
  return rival === -1 && remaining.length === 1
}

/**
 * Whether two entries race for the same places in their class: a driver yet to race may choose
 * another class, so nothing it takes is ruled out by the leader's result.
 */
function sameClass(a: Contender, b: Contender): boolean {
  const fa = a.tally.field
  const fb = b.tally.field
  if (fa.kind !== 'cars' || fb.kind !== 'cars') return false
  return fa.classes.some((cls) => fb.classes.includes(cls))
}

/**
 * Whether each row of the last numbered place says the same as not finishing at all with the
 * same bonuses (or with none, where a car not classified cannot score them): then every place
 * between reads alike, held between the two.
 */
function sameRows(rows: ReadonlyArray<PermutationRow>, last: number): boolean {
  const unplaced = rows.filter((row) => row.leader.place === null)
  const none = unplaced.find((row) => !row.leader.pole && !row.leader.fastestLap)
  const said = (row: PermutationRow | undefined) =>
    row === undefined ? '' : JSON.stringify([row.clinches, row.limits])
  return rows
    .filter((row) => row.leader.place === last)
    .every((row) => {
      const twin =
        unplaced.find(
          (other) =>
            other.leader.pole === row.leader.pole &&
            other.leader.fastestLap === row.leader.fastestLap,
        ) ?? none
      return said(row) === said(twin)
    })
}
