/**
 * The next weekend's permutations (docs/scoring-rules.md#permutations) against brute force: small
 * random seasons whose next two races share a round; every pair of results of the two races is
 * scored by the standings engine. A row may say less than is true, never more: wherever it says
 * the leader clinches with each rival within its limit, the leader has clinched. And a published
 * weekend: Dickinson could not clinch the 2023 Pro title in race 11 alone, but races 11 and 12
 * together could (he did, in race 12).
 */
import { expect, test } from 'vitest'
import { championshipScenarios } from '../../../src/engine/scenarios/scenarios.ts'
import { computeSeasonStandings } from '../../../src/engine/scoring/season-standings.ts'
import type { RaceFile, Season } from '../../../src/engine/types.ts'
import { weekendTable } from '../../../src/engine/scenarios/weekend-permutations.ts'
import { buildSeasonModel } from '../../../src/model/season-model.ts'
import { outlookOf, scenariosOf } from '../../../src/model/season-scenarios.ts'
import { prepare } from '../../fixtures/scenario-oracle.ts'
import { shippedFiles } from '../../fixtures/shipped-season.ts'
import { smallCase } from '../../fixtures/small-season.ts'
import { filesOf, makeSeason, order, results } from '../../fixtures/build.ts'

const CASES = Number(process.env.WEEKEND_CASES ?? 20)

/** The season with the two races after `asOf` run on one weekend (one round). */
function asWeekend(season: Season, asOf: string): Season | null {
  const at = season.rounds.findIndex((round) => round.races.some((race) => race.id === asOf))
  const [a, b] = [season.rounds[at + 1], season.rounds[at + 2]]
  if (a === undefined || b === undefined) return null
  const rounds = [
    ...season.rounds.slice(0, at + 1),
    { ...a, races: [...a.races, ...b.races] },
    ...season.rounds.slice(at + 3).map((round) => ({ ...round, round: round.round - 1 })),
  ]
  return { ...season, rounds }
}

test(
  `brute force: ${CASES} small seasons, a weekend row that says clinched always is`,
  { timeout: 600_000 },
  () => {
    const wrong: Array<string> = []
    let cases = 0
    let said = 0
    for (let seed = 1; cases < CASES && seed < 40 * CASES; seed += 1) {
      const c = smallCase(seed)
      const season = asWeekend(c.season, c.asOf)
      if (season === null || (season.adjustments?.length ?? 0) > 0) continue
      if (season.championships[0]?.drops !== undefined) continue
      const setup = prepare(season, c.files, c.championship, c.asOf)
      if (setup === null) continue
      const { single, known, perRace, remainingIds } = setup
      const now = computeSeasonStandings(single, known)
      const progression = now.championships[0]!
      const step = progression.steps.findIndex((race) => race.race.id === c.asOf)
      if (step < 0) continue
      const scenarios = championshipScenarios(now, progression, step)
      const table = weekendTable(scenarios)
      if (table === null || table.rows.every((row) => row.clinches === 'never')) continue
      const ids = table.races.map((race) => race.race.race.id)
      const [first, second] = ids.map((id) => perRace[remainingIds.indexOf(id)] ?? [])
      if (first === undefined || second === undefined) continue
      if (first.length * second.length > 3000 || first.length === 0) continue
      cases += 1
      const leaderId = scenarios.contenders[0]!.tally.id
      const rivalIds = table.rivals.map((i) => scenarios.contenders[i]?.tally.id ?? null)
      const inTable = new Set(scenarios.contenders.map((x) => x.tally.id))
      const newcomerIds = setup.units
        .filter((unit) => unit.free && !inTable.has(unit.id))
        .map((unit) => unit.id)
      for (const a of first)
        for (const b of second) {
          const files = new Map<string, RaceFile>(known)
          ;[a, b].forEach((rows, k) =>
            files.set(ids[k]!, {
              kind: 'results',
              results: { format: 'pitboard-results/1', race: ids[k]!, status: 'official', rows },
            }),
          )
          const after = computeSeasonStandings(single, files)
          const p = after.championships[0]!
          const s = Math.max(
            ...[...ids, c.asOf].map((id) => p.steps.findIndex((r) => r.race.id === id)),
          )
          const pointsIn = (q: typeof p, at: number, id: string) => {
            const e = q.entries.findIndex((entry) => entry.id === id)
            return e < 0 ? 0 : (q.table.points[at * q.entries.length + e] ?? 0)
          }
          const gained = (id: string) => pointsIn(p, s, id) - pointsIn(progression, step, id)
          const row = table.rows.find((r) => Math.abs(r.leader.points - gained(leaderId)) < 1e-6)
          if (row === undefined) continue
          const predicted =
            row.clinches === 'always' ||
            (row.clinches === 'if' &&
              row.limits.every(
                (limit, r) =>
                  limit.kind === 'any' ||
                  (limit.kind === 'at-most' &&
                    (rivalIds[r] === null ? newcomerIds : [rivalIds[r]!]).every(
                      (id) => gained(id) <= limit.maxPoints + 1e-6,
                    )),
              ))
          if (!predicted) continue
          said += 1
          const truth =
            championshipScenarios(after, p, s).rows.find((r) => r.id === leaderId)?.status ===
            'clinched'
          if (!truth) wrong.push(`seed ${seed}: row ${row.leader.points} says clinched, it is not`)
        }
    }
    expect(wrong.slice(0, 5)).toEqual([])
    expect(cases).toBe(CASES)
    expect(said).toBeGreaterThan(100)
  },
)

test('published: Dickinson could not clinch the 2023 Pro title in race 11 alone; races 11 and 12 together could', async () => {
  const model = buildSeasonModel(await shippedFiles('ccna/2023'))
  const step = model.standings.scored.findIndex((r) => r.race.race.id === 'r10')
  const table = weekendTable(scenariosOf(model, 'pro', step)!)!
  expect(table.races.map((race) => race.race.race.id)).toEqual(['r11', 'r12'])
  expect(table.rows[0]?.clinches).not.toBe('never')
  expect(outlookOf(model, 'pro', step)?.sentence).toMatch(
    /^Dickinson cannot clinch the Pro title in race 11, but can over races 11 and 12 by /,
  )
})

/** A race of a hand-built season (its file under results/). */
const race = (id: string) => ({
  id,
  name: id,
  type: 'race',
  date: null,
  results: `results/${id}.json`,
})
/** Race 1 on its own, then races 2 and 3 on one weekend. */
const ONE_THEN_A_WEEKEND = [
  { round: 1, name: 'One', races: [race('r01')] },
  { round: 2, name: 'Two', races: [race('r02'), race('r03')] },
]

test('a team adding its cars up: totals over the weekend in whole points, each rival’s most by the leader’s total', () => {
  // 10-6-4-3 by overall place, two cars a team: t1 13, t2 10 after race 1; each of the weekend's
  // two races gives a team at most 16. Level on points, t2 with a win in each race is ahead.
  const season = makeSeason({
    rounds: ONE_THEN_A_WEEKEND,
    scoring: { race: { points: [10, 6, 4, 3], awardBy: 'overall' } },
    championships: [{ id: 'teams', name: 'Teams', kind: 'teams' }],
  })
  const files = filesOf(
    results('r01', order(['1', '2', '3', '4'], { '2': { team: 't2' }, '3': { team: 't2' } })),
  )
  const table = weekendTable(scenariosOf(buildSeasonModel({ season, files }), 'teams', 0)!)!
  expect(table.races.map((r) => r.race.race.id)).toEqual(['r02', 'r03'])
  expect(table.rows.map((row) => row.leader.points)).toEqual(
    Array.from({ length: 33 }, (_, i) => 32 - i),
  )
  const limitAt = (points: number) => table.rows.find((r) => r.leader.points === points)?.limits[0]
  expect(limitAt(0)).toMatchObject({ kind: 'at-most', maxPoints: 2, minStopping: 3 })
  expect(limitAt(29)).toMatchObject({ kind: 'at-most', maxPoints: 31, minStopping: 32 })
  expect(limitAt(30)).toMatchObject({ kind: 'any', maxPoints: 32 })
  expect(table.rows.find((r) => r.leader.points === 30)?.clinches).toBe('always')
})

test('with a score dropped: the leader’s least useful way to each total, the rival’s most useful one', () => {
  // 10-6-4 by place, the lowest of three races dropped; only d1 and d2. After race 1 d1 has 10,
  // d2 6; races 2 and 3 make one weekend. A weekend of 10 for d1 is 10 + 0 (20 after the drop)
  // or 6 + 4 (16): the row counts 16. d2's best way to each total: 8 is 4 + 4 (10 after the
  // drop), 10 is 10 + 0 (16, level, and d2's wins put it ahead): at most 8.
  const season = makeSeason({
    drivers: [
      { id: 'd1', name: 'Driver 01' },
      { id: 'd2', name: 'Driver 02' },
    ],
    rounds: ONE_THEN_A_WEEKEND,
    scoring: { race: { points: [10, 6, 4], awardBy: 'overall' } },
    championships: [{ id: 'pro', name: 'Pro', kind: 'drivers', drops: { worst: 1 } }],
  })
  const files = filesOf(results('r01', order(['1', '2'])))
  const table = weekendTable(scenariosOf(buildSeasonModel({ season, files }), 'pro', 0)!)!
  const rowOf = (points: number) => table.rows.find((r) => r.leader.points === points)
  expect(rowOf(10)).toEqual({
    leader: { place: null, pole: false, fastestLap: false, points: 10 },
    clinches: 'if',
    limits: [{ kind: 'at-most', places: [], maxPoints: 8, minStopping: 10 }],
  })
  // Winning both (20): d2 may take 16 (10 + 6); 20 would level it, with more wins counted for d2.
  expect(rowOf(20)?.limits).toEqual([
    { kind: 'at-most', places: [], maxPoints: 16, minStopping: 20 },
  ])
})

test('no weekend table once the last race is run', () => {
  const season = makeSeason({
    rounds: [{ round: 1, name: 'One', races: [race('r01'), race('r02')] }],
  })
  // Level on everything after both races: nobody has clinched, and nothing is left to run.
  const files = filesOf(results('r01', order(['1', '2'])), results('r02', order(['2', '1'])))
  expect(weekendTable(scenariosOf(buildSeasonModel({ season, files }), 'pro', 1)!)).toBeNull()
})

test('with a race after the weekend: a rival that can still catch up scoring nothing keeps the title open', () => {
  // 10-6-4 by place; after race 1 d1 has 10, d2 6; races 2 and 3 make one weekend, race 4 follows.
  // Whatever d1 scores on the weekend up to 6, d2 scoring nothing can still catch him in race 4
  // (6 + 10 = 16, level with 10 + 6 and ahead on countback, a win and a second to one win): those
  // rows never clinch. Winning both (30), d1 leaves d2 at most 12 (two seconds: 6 + 12 + 10 = 28);
  // 14 would level him at 30, with race 4's win counted for d2.
  const season = makeSeason({
    drivers: [
      { id: 'd1', name: 'Driver 01' },
      { id: 'd2', name: 'Driver 02' },
    ],
    rounds: [...ONE_THEN_A_WEEKEND, { round: 3, name: 'Three', races: [race('r04')] }],
    scoring: { race: { points: [10, 6, 4], awardBy: 'overall' } },
    championships: [{ id: 'pro', name: 'Pro', kind: 'drivers' }],
  })
  const files = filesOf(results('r01', order(['1', '2'])))
  const table = weekendTable(scenariosOf(buildSeasonModel({ season, files }), 'pro', 0)!)!
  const rowOf = (points: number) => table.rows.find((r) => r.leader.points === points)
  const alive = { kind: 'alive', places: [], maxPoints: -1, minStopping: 0 }
  expect(rowOf(0)).toEqual({
    leader: { place: null, pole: false, fastestLap: false, points: 0 },
    clinches: 'never',
    limits: [alive],
  })
  expect(rowOf(20)?.limits).toEqual([
    { kind: 'at-most', places: [], maxPoints: 12, minStopping: 14 },
  ])
  expect(table.rows.map((row) => row.clinches)).toEqual([
    ...table.rows.filter((row) => row.leader.points > 6).map(() => 'if'),
    ...table.rows.filter((row) => row.leader.points <= 6).map(() => 'never'),
  ])
})
