import { expect, test } from 'vitest'
import { TallyCursor } from '../../../src/engine/scenarios/scenario-tally.ts'
import type { ChampionshipProgression } from '../../../src/engine/scoring/progression.ts'
import { computeSeasonStandings } from '../../../src/engine/scoring/season-standings.ts'
import type { RaceResults, Season } from '../../../src/engine/types.ts'
import { filesOf, finished, makeSeason, order, results } from '../../fixtures/build.ts'
import { championship, shippedSeason } from '../../fixtures/shipped-season.ts'

const ccna2023 = await shippedSeason('ccna/2023')
const pro = championship(ccna2023, 'pro')
const last = pro.steps.length - 1

/** The progression with its entries list counting how often an entry is read. */
function counted(progression: ChampionshipProgression) {
  const reads = { count: 0 }
  const entries = new Proxy(progression.entries, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads.count += 1
      return Reflect.get(target, key, receiver) as unknown
    },
  })
  return { progression: { ...progression, entries }, reads }
}

test('the tallies after a race are the same read straight away or race by race', () => {
  for (let step = 0; step <= last; step += 1) {
    const walked = new TallyCursor(ccna2023.season, ccna2023.scored, pro)
    for (let before = 0; before < step; before += 1) walked.at(before)
    const straight = new TallyCursor(ccna2023.season, ccna2023.scored, pro).at(step)
    expect(walked.at(step), `after step ${step}`).toEqual(straight)
  }
  // A walk backwards starts again: the tallies after race 3 read after the last race.
  const cursor = new TallyCursor(ccna2023.season, ccna2023.scored, pro)
  cursor.at(last)
  expect(cursor.at(3)).toEqual(new TallyCursor(ccna2023.season, ccna2023.scored, pro).at(3))
})

test('the tallies after race 16 of 2023 name Dickinson first, with his 16 results counted', () => {
  const tallies = new TallyCursor(ccna2023.season, ccna2023.scored, pro).at(last)
  const first = tallies.entries[0]
  expect(first?.id).toBe('riley-dickinson')
  // Countback places: every one of his 16 classified finishes is in the histogram.
  expect(first?.places.reduce((sum, times) => sum + (times ?? 0), 0)).toBe(16)
})

test('bug: a jump to the last race read every entry once per race walked, not once', () => {
  // 2,000 races × 250 entries read each entry 2,000 times (docs/performance.md, issue 26).
  const atFirst = counted(pro)
  new TallyCursor(ccna2023.season, ccna2023.scored, atFirst.progression).at(0)
  const atLast = counted(pro)
  new TallyCursor(ccna2023.season, ccna2023.scored, atLast.progression).at(last)
  expect(last).toBe(15)
  expect(atLast.reads.count).toBeLessThanOrEqual(atFirst.reads.count + pro.entries.length)
})

/*
 * Hand-made seasons (test/fixtures/build.ts): drivers d1…d20 (d1–d3 tagged junior), teams
 * t1–t4, four rounds, Carrera Cup points; every car in class pro and team t1 unless said.
 */
function talliesOf(season: Season, races: ReadonlyArray<RaceResults>, id: string, step: number) {
  const standings = computeSeasonStandings(season, filesOf(...races))
  const progression = standings.championships.find((p) => p.championship.id === id)!
  return new TallyCursor(season, standings.scored, progression).at(step)
}
const r01 = results('r01', [
  ...order(['1', '2']),
  finished(1, { car: '5', class: 'pro-am', team: 't2' }),
])
const r02 = results('r02', order(['2', '1', '6']))

test('newcomers: the drivers a championship counts who have raced in none of its races, in any class', () => {
  // Pro: 20 drivers, d1 and d2 in the table, d5 raced in Pro-Am in a race Pro counts.
  expect(talliesOf(makeSeason(), [r01, r02], 'pro', 0).newcomers).toBe(17)
  // Junior counts d1–d3 only: d3 is the one left.
  const junior = talliesOf(makeSeason(), [r01, r02], 'junior', 0)
  expect(junior.entries.map((t) => t.id)).toEqual(['d1', 'd2'])
  expect(junior.newcomers).toBe(1)
  // Teams: t1 and t2 raced; t3 and t4 may still enter.
  expect(talliesOf(makeSeason(), [r01, r02], 'teams', 0).newcomers).toBe(2)
  // After race 2, d6 has raced too.
  expect(talliesOf(makeSeason(), [r01, r02], 'pro', 1).newcomers).toBe(16)
})

test('where an entry races: the class of its last car; a driver of the season yet to race is free', () => {
  const pro = talliesOf(makeSeason(), [r01, r02], 'pro', 0)
  expect(pro.entries.map((t) => [t.id, t.field])).toEqual([
    ['d1', { kind: 'cars', classes: ['pro'] }],
    ['d2', { kind: 'cars', classes: ['pro'] }],
  ])
  expect(pro.newcomer.field).toEqual({ kind: 'free' })
  // A team's field is every car it last raced, one class each.
  const teams = talliesOf(makeSeason(), [r01, r02], 'teams', 0)
  expect(teams.entries.map((t) => [t.id, t.field])).toEqual([
    ['t1', { kind: 'cars', classes: ['pro', 'pro'] }],
    ['t2', { kind: 'cars', classes: ['pro-am'] }],
  ])
})

test('countback places are counted only where countback breaks ties', () => {
  const season = (tieBreak: ReadonlyArray<'countback'>) =>
    makeSeason({
      championships: [{ id: 'pro', name: 'Pro', kind: 'drivers', classes: ['pro'], tieBreak }],
    })
  const places = (tieBreak: ReadonlyArray<'countback'>, step = 1) =>
    talliesOf(season(tieBreak), [r01, r02], 'pro', step).entries.map((t) => [t.id, t.places])
  // After race 1 only race 1 counts, though race 2 has a result.
  expect(places(['countback'], 0)).toEqual([
    ['d1', [0, 1]],
    ['d2', [0, 0, 1]],
  ])
  // d1: first then second; d2 second then first; d6 third.
  expect(places(['countback'])).toEqual([
    ['d1', [0, 1, 1]],
    ['d2', [0, 1, 1]],
    ['d6', [0, 0, 0, 1]],
  ])
  expect(places([])).toEqual([
    ['d1', []],
    ['d2', []],
    ['d6', []],
  ])
})

test('the lowest droppable scores so far: zeros for a newcomer, one per droppable race run (at most the rule drops)', () => {
  const season = makeSeason({
    championships: [
      { id: 'pro', name: 'Pro', kind: 'drivers', classes: ['pro'], drops: { worst: 2 } },
    ],
  })
  const after = (step: number) => talliesOf(season, [r01, r02], 'pro', step)
  // One list per part of the rule (one part here). After race 1: d1 25 (win), d2 20; one
  // droppable race run, so one zero for a newcomer.
  expect(after(0).newcomer.lowest).toEqual([[0]])
  expect(after(0).entries.map((t) => [t.id, t.lowest])).toEqual([
    ['d1', [[25]]],
    ['d2', [[20]]],
  ])
  // After race 2: two each, lowest first; d6 has raced once (17) and missed race 1 (0).
  expect(after(1).newcomer.lowest).toEqual([[0, 0]])
  expect(after(1).entries.map((t) => [t.id, t.lowest])).toEqual([
    ['d1', [[20, 25]]],
    ['d2', [[20, 25]]],
    ['d6', [[0, 17]]],
  ])
})

test('an adjustment still to come puts an entry in the final table; an excluded entry never is', () => {
  const season = makeSeason({
    adjustments: [
      { championship: 'pro', driver: 'd9', points: 5, afterRace: 'r03', reason: 'appeal' },
      { championship: 'pro', driver: 'd1', points: -3, afterRace: 'r02', reason: 'penalty' },
    ],
    championships: [
      {
        id: 'pro',
        name: 'Pro',
        kind: 'drivers',
        classes: ['pro'],
        drops: { worst: 2 },
        excluded: [{ id: 'd2', afterRace: 'r02', reason: 'excluded' }],
      },
    ],
  })
  const tallies = talliesOf(season, [r01, r02], 'pro', 0)
  // d2 is in the table after race 1 but never in the final one; d9 only by his 5 to come.
  expect(tallies.entries.map((t) => [t.id, t.total, t.toCome])).toEqual([
    ['d1', 25, -3],
    ['d9', 0, 5],
  ])
  expect(tallies.tableSize).toBe(1)
  // Not in the table yet: no scores of his own, a zero for the one droppable race run.
  expect(tallies.entries[1]?.lowest).toEqual([[0]])
  // A newcomer: nothing yet, in any class.
  expect(tallies.newcomer).toEqual({
    id: '',
    name: '',
    entry: -1,
    total: 0,
    toCome: 0,
    lowest: [[0]],
    places: [],
    field: { kind: 'free' },
  })
})
