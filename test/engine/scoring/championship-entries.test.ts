import { expect, test } from 'vitest'
import { listRaces } from '../../../src/engine/scoring/calendar.ts'
import { collectEntries } from '../../../src/engine/scoring/championship-entries.ts'
import { toScoredRace } from '../../../src/engine/scoring/scored-race.ts'
import { ccnaRule, makeSeason, order, results } from '../../fixtures/build.ts'

test('entries are numbered by first appearance, with their races and their adjustments in calendar order', () => {
  const season = makeSeason({
    adjustments: [
      { championship: 'pro', driver: 'd9', points: 3, afterRace: 'r03', reason: 'late' },
      { championship: 'pro', driver: 'd2', points: -5, afterRace: 'r01', reason: 'early' },
      {
        championship: 'junior',
        driver: 'd1',
        points: 7,
        afterRace: 'r01',
        reason: 'another table',
      },
      {
        championship: 'teams',
        team: 't1',
        points: 1,
        afterRace: 'r01',
        reason: 'other championship',
      },
    ],
  })
  const calendar = listRaces(season)
  const scored = [
    toScoredRace(calendar[0]!, ccnaRule, results('r01', order(['2', '1']))),
    toScoredRace(calendar[1]!, ccnaRule, results('r02', order(['1', '3']))),
  ]
  const ids = new Map(calendar.map((r) => [r.race.id, r.index]))
  const { entries, byRace, adjustments } = collectEntries(
    season,
    season.championships[0]!,
    scored,
    ids,
  )
  expect(entries.map((e) => [e.id, e.name, e.races.map((r) => r.raceIndex)])).toEqual([
    ['d2', 'Driver 02', [0]],
    ['d1', 'Driver 01', [0, 1]],
    ['d3', 'Driver 03', [1]],
    ['d9', 'Driver 09', []],
  ])
  expect(byRace.map((race) => race.entries)).toEqual([
    [0, 1],
    [1, 2],
  ])
  expect(adjustments.map((a) => [a.entry, a.placed.raceIndex, a.placed.adjustment.points])).toEqual(
    [
      [0, 0, -5],
      [3, 2, 3],
    ],
  )
  // Each entry keeps its own, the junior table's points for d1 left to that table.
  expect(entries.map((e) => e.adjustments.map((a) => a.adjustment.points))).toEqual([
    [-5],
    [],
    [],
    [3],
  ])
})

test('exclusions of entries that appear, in calendar order: from the start without a race, never for a race the season lacks', () => {
  const season = makeSeason()
  const calendar = listRaces(season)
  const scored = [toScoredRace(calendar[0]!, ccnaRule, results('r01', order(['1', '2', '3'])))]
  const ids = new Map(calendar.map((r) => [r.race.id, r.index]))
  const pro = {
    ...season.championships[0]!,
    excluded: [
      { id: 'd3', afterRace: 'r02', reason: 'later' },
      { id: 'd9', afterRace: 'r01', reason: 'never raced' },
      { id: 'd1', afterRace: 'r99', reason: 'no such race' },
      { id: 'd2', reason: 'from the start' },
    ],
  }
  const { exclusions } = collectEntries(season, pro, scored, ids)
  expect(exclusions).toEqual([
    { entry: 1, raceIndex: Number.NEGATIVE_INFINITY },
    { entry: 2, raceIndex: 1 },
    { entry: 0, raceIndex: Number.POSITIVE_INFINITY },
  ])
})
