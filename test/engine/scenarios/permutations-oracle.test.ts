/**
 * The permutation table against brute force (docs/scoring-rules.md#permutations): on small random
 * seasons every result the next race can have (every finishing order of every subset of the
 * cars, every pole and fastest-lap holder; scenario-oracle.ts lists them) is scored by the
 * standings engine, and whether the leader has then clinched (the scenarios' status, itself
 * checked by brute force in scenarios-oracle.test.ts) must be what the table's row for the
 * leader's result says: always, never, or if every rival keeps within its limit. For teams
 * adding cars up the table goes by points and may say less than is true, never more.
 * `PERMUTATION_CASES=2000` runs a longer search.
 */
import { expect, test } from 'vitest'
import type { ScenarioRules } from '../../../src/engine/scenarios/scenario-rules.ts'
import { permutationTable } from '../../../src/engine/scenarios/permutations.ts'
import type { PermutationRow } from '../../../src/engine/scenarios/permutation-row.ts'
import { bonusesScoreAt, outcomePoints } from '../../../src/engine/scenarios/race-outcomes.ts'
import type { RemainingRace } from '../../../src/engine/scenarios/remaining-races.ts'
import { championshipScenarios } from '../../../src/engine/scenarios/scenarios.ts'
import { computeSeasonStandings } from '../../../src/engine/scoring/season-standings.ts'
import type { RaceFile, ResultRow } from '../../../src/engine/types.ts'
import { prepare } from '../../fixtures/scenario-oracle.ts'
import { smallCase } from '../../fixtures/small-season.ts'
import { withinLimit } from '../../fixtures/within-limit.ts'

const CASES = Number(process.env.PERMUTATION_CASES ?? 120)
const MAX_OUTCOMES = 4000

/** An entry's result in one race as the table reads it: place in its group and scoring bonuses. */
interface Taken {
  readonly place: number | null
  readonly pole: boolean
  readonly fastestLap: boolean
  readonly points: number
  /** Whether the entry has a car in the race at all. */
  readonly started: boolean
}

function takenBy(
  rows: ReadonlyArray<ResultRow>,
  owns: (row: ResultRow) => boolean,
  race: RemainingRace,
  rules: ScenarioRules,
): Taken | null {
  const own = rows.filter(owns)
  if (own.length === 0)
    return { place: null, pole: false, fastestLap: false, points: 0, started: false }
  if (own.length > 1 && rules.method !== 'rank') return null
  const byRank = rules.method === 'rank' || race.awardBy === 'overall'
  const groupOf = (row: ResultRow) => (byRank ? '' : row.class)
  const classified = rows.filter((row) => row.status === 'classified')
  const placeOf = (row: ResultRow): number | null => {
    if (row.position === undefined) return null
    if (rules.method === 'rank') {
      // Teams ranked by their best car: the team's place among the teams.
      const bestOf = new Map<string, number>()
      for (const r of classified)
        bestOf.set(r.team, Math.min(bestOf.get(r.team) ?? Infinity, r.position))
      return [...bestOf.values()].filter((p) => p < row.position).length + 1
    }
    return (
      classified.filter((r) => groupOf(r) === groupOf(row) && r.position < row.position).length + 1
    )
  }
  const best = own.toSorted((a, b) => (a.position ?? Infinity) - (b.position ?? Infinity))[0]!
  const place = placeOf(best)
  if (rules.method === 'rank')
    return { place, pole: false, fastestLap: false, points: 0, started: true }
  const pole =
    best.pole === true &&
    race.pole > 0 &&
    bonusesScoreAt(race, { pole: true, fastestLap: false }, place)
  const fastestLap =
    best.fastestLap === true &&
    race.fastestLap > 0 &&
    bonusesScoreAt(race, { pole: false, fastestLap: true }, place)
  return {
    place,
    pole,
    fastestLap,
    points: outcomePoints(race, { pole, fastestLap }, place),
    started: true,
  }
}

function rowFor(rows: ReadonlyArray<PermutationRow>, taken: Taken): PermutationRow | undefined {
  // A leader who can score nothing here any more has one row: whatever it does.
  if (rows.length === 1 && rows[0]?.leader.place === null) return rows[0]
  const deepest = Math.max(...rows.map((row) => row.leader.place ?? 0))
  const place = taken.place === null ? null : Math.min(taken.place, deepest)
  return rows.find(
    (row) =>
      row.leader.place === place &&
      row.leader.pole === taken.pole &&
      row.leader.fastestLap === taken.fastestLap,
  )
}

test(
  `brute force: ${CASES} small seasons, every result of the next race agrees with its permutation row`,
  { timeout: 600_000 },
  () => {
    const wrong: Array<string> = []
    let cases = 0
    let outcomes = 0
    let clinching = 0
    let conditional = 0
    let anyResult = 0
    const kinds = new Set<string>()
    for (let seed = 1; cases < CASES && seed < 20 * CASES; seed += 1) {
      const c = smallCase(seed)
      const setup = prepare(c.season, c.files, c.championship, c.asOf)
      if (setup === null) continue
      const { single, known, perRace, remainingIds } = setup
      const now = computeSeasonStandings(single, known)
      const progression = now.championships[0]!
      const step = progression.steps.findIndex((race) => race.race.id === c.asOf)
      if (step < 0) continue
      const scenarios = championshipScenarios(now, progression, step)
      const table = permutationTable(scenarios)
      if (table === null) continue
      const raceId = table.race.race.race.id
      const list = perRace[remainingIds.indexOf(raceId)] ?? []
      if (list.length === 0 || list.length > MAX_OUTCOMES) continue
      cases += 1
      const { rules } = scenarios
      kinds.add(rules.method)
      const leaderId = scenarios.contenders[0]!.tally.id
      const byPoints = table.by === 'points'
      const ownedBy = (id: string) => (row: ResultRow) =>
        rules.method === 'drivers' ? row.drivers.includes(id) : row.team === id
      const rivalIds = table.rivals.map((i) => (i < 0 ? null : scenarios.contenders[i]!.tally.id))
      // Drivers (teams) of the season yet to race, who may enter: the newcomer column.
      // (an excluded one races, but is never in the table: not a rival).
      const inTable = new Set(scenarios.contenders.map((c) => c.tally.id))
      const excluded = new Set(
        (single.championships[0]?.excluded ?? []).map((exclusion) => exclusion.id),
      )
      const newcomerIds = new Set(
        setup.units
          .filter((unit) => unit.free && !excluded.has(unit.id) && !inTable.has(unit.id))
          .map((unit) => unit.id),
      )
      for (const rows of list) {
        outcomes += 1
        const files = new Map<string, RaceFile>(known)
        files.set(raceId, {
          kind: 'results',
          results: { format: 'pitboard-results/1', race: raceId, status: 'official', rows },
        })
        const after = computeSeasonStandings(single, files)
        const p = after.championships[0]!
        // The standings after the later of the next race and the race shown (an earlier race
        // without a result may be the one filled in).
        const s = Math.max(
          p.steps.findIndex((race) => race.race.id === raceId),
          p.steps.findIndex((race) => race.race.id === c.asOf),
        )
        // A leader in the table only through an adjustment dated later has no row yet when no
        // one races: nothing to compare (the final table, after it, is the table's to say).
        const leaderRow = championshipScenarios(after, p, s).rows.find((row) => row.id === leaderId)
        if (leaderRow === undefined) continue
        const truth = leaderRow.status === 'clinched'
        if (truth) clinching += 1
        let predicted: boolean
        if (byPoints) {
          // Teams adding cars up: points only; the row may say less than is true, never more.
          // Points in the table after (and before) the race; 0 for a team not in it.
          const pointsIn = (q: typeof p, at: number, id: string) => {
            const e = q.entries.findIndex((entry) => entry.id === id)
            return e < 0 ? 0 : (q.table.points[at * q.entries.length + e] ?? 0)
          }
          if (rules.dropsAtEnd || single.adjustments?.length) continue
          const gained = (id: string) => pointsIn(p, s, id) - pointsIn(progression, step, id)
          const row = table.rows.find((r) => r.leader.points === gained(leaderId))
          if (row === undefined) continue
          predicted =
            row.clinches === 'always' ||
            (row.clinches === 'if' &&
              row.limits.every(
                (limit, r) =>
                  limit.kind === 'any' ||
                  (limit.kind === 'at-most' &&
                    (rivalIds[r] === null ? [...newcomerIds] : [rivalIds[r]!]).every(
                      (id) => gained(id) <= limit.maxPoints,
                    )),
              ))
          if (predicted && !truth)
            wrong.push(`seed ${seed}: teams row ${row.leader.points} says clinched, it is not`)
          continue
        }
        const within = (r: (typeof table.rows)[number]) =>
          r.limits.every((limit, i) => {
            const ids = rivalIds[i] === null ? [...newcomerIds] : [rivalIds[i]!]
            return ids.every((id) => {
              const taken = takenBy(rows, ownedBy(id), table.race, rules)
              return taken === null || withinLimit(limit, taken, true)
            })
          })
        // The sentence's "or with Hamilton outside the points" (clinch-clauses.ts): the row of
        // not finishing, without bonuses, clinches with its rivals' conditions met whatever the
        // leader's own result.
        const worst = table.rows.find(
          (r) => r.leader.place === null && !r.leader.pole && !r.leader.fastestLap,
        )
        if (worst?.clinches === 'if' && within(worst)) {
          anyResult += 1
          if (!truth)
            wrong.push(`seed ${seed}: the rivals met the any-result conditions, no clinch`)
        }
        const leader = takenBy(rows, ownedBy(leaderId), table.race, rules)
        if (leader === null) continue
        const row = rowFor(table.rows, leader)
        if (row === undefined) {
          wrong.push(`seed ${seed}: no row for the leader's ${JSON.stringify(leader)}`)
          continue
        }
        if (row.clinches === 'if') conditional += 1
        predicted = row.clinches === 'always' || (row.clinches === 'if' && within(row))
        if (predicted !== truth)
          wrong.push(
            `seed ${seed}: leader ${JSON.stringify(leader)} row ${row.clinches}, truth ${truth}: ${JSON.stringify(rows.map((r) => [r.drivers[0], r.team, r.class, r.position ?? r.status, r.pole, r.fastestLap]))}`,
          )
      }
    }
    expect(wrong.slice(0, 5)).toEqual([])
    expect(cases).toBe(CASES)
    // The search met clinching results, conditional rows and every kind of championship.
    expect(clinching).toBeGreaterThan(outcomes / 20)
    expect(conditional).toBeGreaterThan(outcomes / 20)
    expect(anyResult).toBeGreaterThan(0)
    expect([...kinds].toSorted()).toEqual(['drivers', 'rank', 'sum'])
  },
)
