import { expect, test } from 'vitest'
import { listRaces } from '../../src/engine/scoring/calendar.ts'
import { scoreRace } from '../../src/engine/scoring/score-race.ts'
import { toScoredRace } from '../../src/engine/scoring/scored-race.ts'
import { standingsAt } from '../../src/engine/scoring/standings.ts'
import { teamRacesOf } from '../../src/engine/scoring/team-races.ts'
import type { TeamRace } from '../../src/engine/scoring/entry-race.ts'
import { resultCell, pointsBreakdown } from '../../src/model/result-cell.ts'
import { ccnaRule, finished, makeSeason, order, out, results } from '../fixtures/build.ts'
import { championship, shippedSeason, stepAfter } from '../fixtures/shipped-season.ts'

const rows = scoreRace(
  [
    finished(1, { car: '1', pole: true, fastestLap: true }),
    finished(2, { car: '2', class: 'am' }),
    finished(3, { car: '3' }),
    finished(4, { car: '4', penaltyPoints: 5 }),
    out('dnf', { car: '5' }),
    out('dsq', { car: '6' }),
  ],
  ccnaRule,
  { multiplier: 1 },
)
const row = (car: string) => rows.find((r) => r.car === car)!

test('a class win with pole and fastest lap: code 1, both marks, points spelled out', () => {
  expect(resultCell(row('1'), false, 'R1')).toEqual({
    kind: 'win',
    text: '1',
    pole: true,
    fastestLap: true,
    dropped: false,
    points: 28,
    detail: 'R1: first, 25 + 2 pole + 1 fastest lap = 28 points; pole, fastest lap',
  })
})

test('places are class places; the detail says so when they differ from the overall place', () => {
  const am = resultCell(row('2'), false, 'R1')
  expect([am.kind, am.text]).toEqual(['win', '1'])
  expect(am.detail).toBe('R1: first in class, 25 points')
  expect(resultCell(row('3'), false, 'R1').detail).toBe('R1: second in class, 20 points')
})

test('bug: 2nd and 3rd had the same colour — gold, silver and bronze as fans know them', () => {
  expect([row('1'), row('3'), row('4')].map((r) => resultCell(r, false, 'R1').kind)).toEqual([
    'win',
    'second',
    'third',
  ])
})

test('a car that keeps its place but scores nothing says so', () => {
  const scored = scoreRace(
    ['1', '2', '3', '4', '5'].map((car, i) => finished(i + 1, { car, noPoints: car === '5' })),
    ccnaRule,
  )[4]
  expect(pointsBreakdown(scored!)).toBe('no points: this car scores nothing')
  expect(resultCell(scored, false, 'R1')).toMatchObject({ kind: 'no-points', text: '5' })
})

test('penalty points are shown as taken off', () => {
  expect(pointsBreakdown(row('4'))).toBe('17 − 5 penalty = 12 points')
  expect(resultCell(row('4'), false, 'R1').kind).toBe('third')
})

test('retirements and disqualifications carry a text code, never colour alone', () => {
  expect([resultCell(row('5'), false, 'R1').text, resultCell(row('6'), false, 'R1').text]).toEqual([
    'Ret',
    'DSQ',
  ])
  expect(resultCell(row('5'), false, 'R1').kind).toBe('out')
})

test('a dropped result says so; no result is an empty cell', () => {
  expect(resultCell(row('3'), true, 'R9').detail).toBe('R9: second in class, 20 points; dropped')
  expect(resultCell(undefined, false, 'R9')).toMatchObject({
    kind: 'none',
    text: '',
    detail: 'R9: no result',
  })
})

test('no result is an empty cell with no marks, not dropped, no points', () => {
  expect(resultCell(undefined, true, 'R9')).toEqual({
    kind: 'none',
    text: '',
    pole: false,
    fastestLap: false,
    dropped: false,
    points: null,
    detail: 'R9: no result',
  })
})

test('a place off the podium that scores is "points"; one that scores nothing is "no-points"', () => {
  // CCNA points by class place: 4th 14; places 16 on score 0.
  const field = scoreRace(order(Array.from({ length: 16 }, (_, i) => String(i + 1))), ccnaRule)
  expect(resultCell(field[3], false, 'R1')).toMatchObject({
    kind: 'points',
    text: '4',
    detail: 'R1: fourth, 14 points',
  })
  expect(resultCell(field[15], false, 'R1')).toMatchObject({ kind: 'no-points', text: '16' })
})

test("a race's multiplier is said on the place points, never on the bonuses", () => {
  // Half points: a win is 25 × 0.5 = 12.5, the pole's 2 stays 2 (docs/scoring-rules.md#race-points).
  const half = scoreRace(
    [finished(1, { car: '1', pole: true }), finished(2, { car: '2' })],
    ccnaRule,
    { multiplier: 0.5 },
  )
  expect(pointsBreakdown(half[0]!)).toBe('25 × 0.5 + 2 pole = 14.5 points')
  const double = scoreRace(
    [finished(1, { car: '1' }), finished(2, { car: '2', fastestLap: true })],
    ccnaRule,
    { multiplier: 2 },
  )
  expect(resultCell(double[1], false, 'R1').detail).toBe(
    'R1: second, 20 × 2 + 1 fastest lap = 41 points; fastest lap',
  )
})

/** One entry's cell in a shipped season's race, as the results grid asks for it. */
async function shippedCell(path: string, champ: string, id: string, raceId: string) {
  const standings = await shippedSeason(path)
  const step = stepAfter(standings, raceId)
  const index = standings.scored[step]!.race.index
  const row = standingsAt(championship(standings, champ), step).find((entry) => entry.id === id)
  if (row === undefined) throw new Error(`no ${id} in ${path}`)
  const race = row.races.find((entry) => entry.raceIndex === index)
  return resultCell(race, row.dropped.includes(raceId), raceId)
}

test('published: points an official sheet gives are shown as the points, never a place (Mustang 2026 round 1)', async () => {
  // The official DH sheet: Cole Loftsgard 350 + 10 pole + 10 fastest lap (docs/data-format.md).
  expect(await shippedCell('mustang/2026', 'dh', 'cole-loftsgard', 'r01')).toEqual({
    kind: 'points',
    text: '370',
    pole: true,
    fastestLap: true,
    dropped: false,
    points: 370,
    detail:
      'r01: official points: 350 + 10 pole + 10 fastest lap = 370 points (the points of 1st on the scale; the finishing place is not in the official sheet); pole, fastest lap',
  })
})

test('a sheet that gives 0 points: the cell says 0, no colour of points', () => {
  const [given] = scoreRace([{ ...finished(3, { car: '1' }), given: { race: 0 } }], ccnaRule)
  expect(resultCell(given, false, 'R1')).toMatchObject({ kind: 'no-points', text: '0', points: 0 })
})

test('published: Formula One codes for cars out of the race, with the reason when the data has one', async () => {
  // 1950 Monaco: Whitehead did not start (engine); 1950 Britain: Joe Kelly not classified;
  // 1952 Germany: Bonetto disqualified for a push start; 1960 Portugal: Moss disqualified.
  expect(await shippedCell('f1/1950', 'drivers', 'peter-whitehead', 'r02')).toMatchObject({
    kind: 'out',
    text: 'DNS',
    detail: 'r02: DNS (Engine), 0 points',
  })
  expect(await shippedCell('f1/1950', 'drivers', 'joe-kelly', 'r01')).toMatchObject({
    kind: 'out',
    text: 'NC',
    detail: 'r01: NC, 0 points',
  })
  expect((await shippedCell('f1/1952', 'drivers', 'felice-bonetto', 'r06')).detail).toBe(
    'r06: DSQ (Push start), 0 points',
  )
  expect((await shippedCell('f1/1960', 'drivers', 'stirling-moss', 'r08')).detail).toBe(
    'r08: DSQ, 0 points',
  )
})

test('published: a team adding its cars up (2016 Spain) shows its points, the marks of any car, and how many cars', async () => {
  // Hamilton took pole and both Mercedes went out on lap 1; Verstappen won (25) and Ricciardo
  // was 4th (12); Kvyat set the fastest lap, 10th (1) with Sainz 6th (8).
  expect(await shippedCell('f1/2016', 'constructors', 'mercedes', 'r05')).toEqual({
    kind: 'no-points',
    text: '0',
    pole: true,
    fastestLap: false,
    dropped: false,
    points: 0,
    detail: 'r05: 0 points from 2 cars',
  })
  expect(await shippedCell('f1/2016', 'constructors', 'red-bull', 'r05')).toMatchObject({
    kind: 'points',
    text: '37',
    pole: false,
    fastestLap: false,
  })
  expect(await shippedCell('f1/2016', 'constructors', 'toro-rosso', 'r05')).toMatchObject({
    kind: 'points',
    text: '9',
    pole: false,
    fastestLap: true,
    detail: 'r05: 9 points from 2 cars',
  })
})

test('teams by rank: the team\'s place is the code; by sum the points; one car is "1 car"', () => {
  // docs/scoring-rules.md#teams: t1 has cars 1st (25) and 3rd (17, fastest lap: 18), t2 is 2nd
  // with pole (22). sum: t1 43, t2 22. rank: t1 25, t2 20; t4's only car is disqualified.
  const season = makeSeason()
  const race = listRaces(season)[0]!
  const rows = [
    ...order(['1', '2', '3'], {
      '1': { team: 't1' },
      '2': { team: 't2', pole: true },
      '3': { team: 't1', fastestLap: true },
    }),
    out('dsq', { car: '4', team: 't4' }),
  ]
  const scored = toScoredRace(race, ccnaRule, results('r01', rows))
  const byTeam = (method: 'sum' | 'rank') =>
    new Map<string, TeamRace>(
      teamRacesOf({ id: 'e', name: 'E', kind: 'teams', method }, scored).map((t) => [t.team, t]),
    )
  const rank = byTeam('rank')
  expect(resultCell(rank.get('t1'), false, 'R1')).toEqual({
    kind: 'win',
    text: '1',
    pole: false,
    fastestLap: true,
    dropped: false,
    points: 25,
    detail: 'R1: first team, 25 points from 2 cars',
  })
  expect(resultCell(rank.get('t2'), true, 'R1')).toEqual({
    kind: 'second',
    text: '2',
    pole: true,
    fastestLap: false,
    dropped: true,
    points: 20,
    detail: 'R1: second team, 20 points from 1 car; dropped',
  })
  expect(resultCell(rank.get('t4'), false, 'R1')).toMatchObject({
    kind: 'no-points',
    text: '0',
    detail: 'R1: 0 points from 1 car',
  })
  const sum = byTeam('sum')
  expect(resultCell(sum.get('t1'), false, 'R1')).toMatchObject({
    kind: 'points',
    text: '43',
    detail: 'R1: 43 points from 2 cars',
  })
  expect(resultCell(sum.get('t2'), false, 'R1')).toMatchObject({ kind: 'points', text: '22' })
})

test('bug: a half-points race said "first, 4.5 points" — the multiplier vanished without a bonus (1975 Spain)', async () => {
  // Published: the 1975 Spanish Grand Prix was stopped after 29 laps and paid half points
  // (9-6-4-3-2-1 × 0.5): Mass 4.5, Ickx 3, Lella Lombardi 6th with the famous half point.
  expect((await shippedCell('f1/1975', 'drivers', 'jochen-mass', 'r04')).detail).toBe(
    'r04: first, 9 × 0.5 = 4.5 points',
  )
  expect((await shippedCell('f1/1975', 'drivers', 'lella-lombardi', 'r04')).detail).toBe(
    'r04: sixth, 1 × 0.5 = 0.5 points',
  )
})

test('bug: a tenth place in Formula One said "1 points" — one point is a point', () => {
  const f1Rule = { points: [25, 18, 15, 12, 10, 8, 6, 4, 2, 1], awardBy: 'overall' as const }
  const tenth = scoreRace(order(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']), f1Rule, {
    multiplier: 1,
  }).find((r) => r.car === '10')!
  expect(resultCell(tenth, false, 'R1').detail).toBe('R1: tenth, 1 point')
  expect(pointsBreakdown(tenth)).toBe('1 point')
})
