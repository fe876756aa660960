import { expect, test } from 'vitest'
import { clinchOutlook } from '../../src/engine/clinch-conditions.ts'
import { championshipScenarios } from '../../src/engine/scenarios.ts'
import { computeSeasonStandings } from '../../src/engine/season-standings.ts'
import type { Championship } from '../../src/engine/types.ts'
import { filesOf, finished, makeSeason, results, rounds } from '../fixtures/build.ts'
import { championship, shippedSeason, stepAfter } from '../fixtures/shipped-season.ts'

const ccna2023 = await shippedSeason('ccna/2023')
const ccna2024 = await shippedSeason('ccna/2024')
const f1 = await shippedSeason('f1/2016')

function scenarios(standings: typeof ccna2023, id: string, after: string) {
  return championshipScenarios(standings, championship(standings, id), stepAfter(standings, after))
}
const statusOf = (s: ReturnType<typeof scenarios>, id: string) =>
  s.rows.find((row) => row.id === id)?.status

test('published: Dickinson clinched the 2023 Pro and Junior titles after race 12, not before', () => {
  for (const id of ['pro', 'junior']) {
    expect(statusOf(scenarios(ccna2023, id, 'r11'), 'riley-dickinson'), id).toBe('contention')
    expect(statusOf(scenarios(ccna2023, id, 'r12'), 'riley-dickinson'), id).toBe('clinched')
  }
  const afterR12 = scenarios(ccna2023, 'pro', 'r12')
  expect(afterR12.remaining.map((race) => race.race.race.id)).toEqual(['r13', 'r14', 'r15', 'r16'])
  expect(afterR12.rows.slice(1).every((row) => row.status === 'eliminated')).toBe(true)
})

test('published: Hartog had the 2024 Pro title sealed after race 14', () => {
  const after = scenarios(ccna2024, 'pro', 'r14')
  expect(statusOf(after, 'loek-hartog')).toBe('clinched')
  expect(after.rows[0]).toMatchObject({
    bestPosition: 1,
    worstPosition: 1,
    minPoints: 311,
    maxPoints: 367,
  })
})

test('published: Castro had the 2023 Pro-Am title at or before Laguna Seca (races 13–14), drops counted', () => {
  expect(statusOf(scenarios(ccna2023, 'pro-am', 'r14'), 'efrin-castro')).toBe('clinched')
  // Before the finale the two worst scores come off: Castro's floor is below his current total.
  const r13 = scenarios(ccna2023, 'pro-am', 'r13').rows[0]!
  expect(r13.minPoints).toBeLessThan(r13.points)
})

test('published: the 2024 Masters title was open going into the last race, Halcome 5 ahead of Bellomo', () => {
  const before = scenarios(ccna2024, 'masters', 'r15')
  expect(before.rows.slice(0, 2).map((row) => [row.name, row.points, row.status])).toEqual([
    ['Matt Halcome', 300, 'contention'],
    ['Chris Bellomo', 295, 'contention'],
  ])
})

test('official F1 2016: before Abu Dhabi Rosberg was champion with a podium whatever Hamilton did', () => {
  const drivers = championship(f1, 'drivers')
  const outlook = clinchOutlook(championshipScenarios(f1, drivers, stepAfter(f1, 'r20')), 'Drivers')
  expect(outlook).toMatchObject({ kind: 'can-clinch', placeWhatever: 3, rivals: ['Hamilton'] })
  expect(outlook?.kind === 'can-clinch' && outlook.sentence).toBe(
    'Rosberg clinches the Drivers title in race 21 by finishing ahead of Hamilton, or finishing third or better whatever Hamilton does.',
  )
  // Before Brazil only a win would have done it.
  const brazil = clinchOutlook(championshipScenarios(f1, drivers, stepAfter(f1, 'r19')), 'Drivers')
  expect(brazil?.kind === 'can-clinch' && brazil.sentence).toBe(
    'Rosberg clinches the Drivers title in race 20 by winning.',
  )
})

test('generated: the 2023 Pro clinch conditions before race 12', () => {
  const outlook = clinchOutlook(scenarios(ccna2023, 'pro', 'r11'), 'Pro')
  expect(outlook?.kind === 'can-clinch' && outlook.sentence).toBe(
    'Dickinson clinches the Pro title in race 12 by finishing ahead of Sargent and Martin.',
  )
})

/** Two drivers, three races, one to go; `drivers` championship with the rules given. */
function duel(
  first: [number, number],
  second: [number, number],
  extra: Partial<Championship> = {},
) {
  const season = makeSeason({
    rounds: rounds(3),
    championships: [{ id: 'pro', name: 'Pro', kind: 'drivers', classes: ['pro'], ...extra }],
  })
  const race = (id: string, a: number, b: number) =>
    results(id, [
      finished(1, { car: a >= b ? '1' : '2' }),
      finished(2, { car: a >= b ? '2' : '1' }),
    ])
  const standings = computeSeasonStandings(
    season,
    filesOf(race('r01', first[0], first[1]), race('r02', second[0], second[1])),
  )
  return championshipScenarios(standings, standings.championships[0]!, 1)
}

test("drops change who can still win: the rival's best finish would only replace a score it drops", () => {
  // d1 wins twice (50), d2 second twice (40): without drops d2 could reach 68.
  const open = duel([25, 20], [25, 20])
  expect(open.rows.map((row) => [row.id, row.maxPoints, row.status])).toEqual([
    ['d1', 78, 'contention'],
    ['d2', 68, 'contention'],
  ])
  const dropped = duel([25, 20], [25, 20], { drops: { worst: 1 } })
  expect(dropped.rows.map((row) => [row.id, row.minPoints, row.maxPoints, row.status])).toEqual([
    ['d1', 50, 53, 'clinched'],
    ['d2', 40, 48, 'eliminated'],
  ])
})

test('bonuses keep a rival alive: 25 for the win is not enough, pole and fastest lap make it so', () => {
  const s = duel([25, 20], [25, 20])
  // d1 on 50 scoring nothing; d2 on 40 winning with pole and fastest lap: 68 > 50.
  expect(s.rows[1]?.maxPoints).toBe(40 + 25 + 2 + 1)
})

test('two rivals cannot both take the win: the worst position counts the places that are left', () => {
  const season = makeSeason({ rounds: rounds(2) })
  const standings = computeSeasonStandings(
    season,
    filesOf(
      results('r01', [
        finished(1, { car: '1' }),
        finished(2, { car: '2' }),
        finished(3, { car: '3' }),
      ]),
    ),
  )
  const pro = championshipScenarios(standings, standings.championships[0]!, 0)
  // d1 25, d2 20, d3 17, one race left (28 at most): d2 and d3 can each pass d1 alone, and
  // both together (P1 45 and P2 + pole + fastest lap 40 > 25).
  expect(pro.rows[0]).toMatchObject({
    worstPosition: 3,
    worstPositionExact: true,
    status: 'contention',
  })
})
