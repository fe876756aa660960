import { expect, test } from 'vitest'
import { computeSeasonStandings } from '../../src/engine/scoring/season-standings.ts'
import { describeRevision } from '../../src/model/revision.ts'
import { filesOf, finished, makeSeason, order, out, results, rounds } from '../fixtures/build.ts'

/*
 * What a changed result file changed, by hand (docs/scoring-rules.md#revisions): a Pro race of
 * three cars, then the decision — car 2 disqualified, car 3 up to second with 5 points off, and
 * car 4, not in the first file at all.
 */
const season = makeSeason({
  rounds: rounds(2),
  championships: [{ id: 'pro', name: 'Pro', kind: 'drivers', classes: ['pro'] }],
})
const before = computeSeasonStandings(season, filesOf(results('r01', order(['1', '2', '3']))))
const after = computeSeasonStandings(
  season,
  filesOf(
    results('r01', [
      finished(1, { car: '1' }),
      finished(2, { car: '3', penaltyPoints: 5 }),
      finished(3, { car: '4' }),
      out('dsq', { car: '2' }),
    ]),
  ),
)

test('a car disqualified is "out"; a car moved one place with points off is listed, with them; a car new to the file is not', () => {
  const revision = describeRevision(before, after, 'r01')
  expect(revision.cars).toEqual(['car 3 3rd → 2nd, −5 points', 'car 2 2nd → out'])
  expect(revision.movedCars).toEqual(['3', '2'])
  expect(revision.raceName).toBe('Race 1, Round 1')
})

test('a race the standings before did not have: every car is new, none is listed as moved', () => {
  const none = computeSeasonStandings(season, filesOf())
  const revision = describeRevision(none, after, 'r01')
  expect(revision.cars).toEqual([])
  expect(revision.movedCars).toEqual([])
})

test('a championship the standings before did not have moves nobody', () => {
  const withJunior = makeSeason({
    rounds: rounds(2),
    championships: [
      { id: 'pro', name: 'Pro', kind: 'drivers', classes: ['pro'] },
      { id: 'am', name: 'Am', kind: 'drivers', classes: ['am'] },
    ],
  })
  const am = computeSeasonStandings(
    withJunior,
    filesOf(results('r01', order(['2', '1', '3'], { '3': { class: 'am' } }))),
  )
  const moved = describeRevision(before, am, 'r01')
  // d2 and d1 swap in Pro; the Am table is new, and d3 in it is no move.
  expect(moved.moves.map((m) => [m.championship, m.id, m.from, m.to])).toEqual([
    ['pro', 'd2', 2, 1],
    ['pro', 'd1', 1, 2],
  ])
})

test('bug: one penalty point was "−1 points"; cars one place up or down are counted; moves in the table said with their gap', () => {
  // 10-6-3-1-0. Race 1: d1, d2, d4, d5, d3. Race 2 first 1-2-3-4-5, then d2 and d3 swapped and
  // car 5 docked a point: d3 4th → 3rd (17 → 14 behind), d4 3rd → 4th (16 behind either way).
  const scored = makeSeason({
    rounds: rounds(2),
    drivers: [1, 2, 3, 4, 5].map((n) => ({
      id: `d${n}`,
      name: `Driver ${n}`,
      ...(n === 3 ? { shortName: 'Three' } : {}),
    })),
    scoring: { race: { points: [10, 6, 3, 1, 0], awardBy: 'class' } },
    championships: [{ id: 'pro', name: 'Pro', kind: 'drivers', classes: ['pro'] }],
  })
  const r01 = results('r01', order(['1', '2', '4', '5', '3']))
  const was = computeSeasonStandings(
    scored,
    filesOf(r01, results('r02', order(['1', '2', '3', '4', '5']))),
  )
  const now = computeSeasonStandings(
    scored,
    filesOf(r01, results('r02', order(['1', '3', '2', '4', '5'], { '5': { penaltyPoints: 1 } }))),
  )
  const revision = describeRevision(was, now, 'r02')
  expect(revision.raceName).toBe('Race 2, Round 2')
  expect(revision.cars).toEqual(['car 5 5th → 5th, −1 point', '2 cars one place up or down'])
  expect(revision.movedCars).toEqual(['5'])
  expect(revision.standings).toEqual([
    'Pro: Driver 3 4th → 3rd, gap to leader 17 → 14',
    'Pro: Driver 4 3rd → 4th',
  ])
  expect(revision.moves[0]?.shortName).toBe('Three')
  expect(revision.moves[1]).not.toHaveProperty('shortName')
  // A race the calendar lacks is named by its id.
  expect(describeRevision(was, now, 'r09').raceName).toBe('r09')
})
