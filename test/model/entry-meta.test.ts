/**
 * What the tables show beside a name (src/model/entry-meta.ts): the car, team and class of the
 * latest race. A row whose points an official sheet gives names no car or team of its own
 * (docs/data-format.md#given-points): its car field only keys the row.
 */
import { expect, test } from 'vitest'
import { computeSeasonStandings } from '../../src/engine/scoring/season-standings.ts'
import type { ResultRow, Season } from '../../src/engine/types.ts'
import { entryMeta } from '../../src/model/entry-meta.ts'
import { filesOf, finished, makeSeason, results, rounds, tableOf } from '../fixtures/build.ts'

const season: Season = makeSeason({
  drivers: ['d1', 'd2'].map((id) => ({ id, name: `Driver ${id}` })),
  rounds: rounds(2),
})

/** As the Mustang build writes a sheet's row: the driver's id in the car field. */
function fromSheet(place: number, driver: string): ResultRow {
  return { ...finished(place, { car: driver, driver }), given: { race: 10 - place } }
}

function metaAfter(step: number, id: string) {
  const standings = computeSeasonStandings(
    season,
    filesOf(
      results('r01', [fromSheet(1, 'd1'), fromSheet(2, 'd2')]),
      results('r02', [finished(1, { car: '42', driver: 'd1' })]),
    ),
  )
  const row = tableOf(standings, 'pro', step).find((r) => r.id === id)
  if (row === undefined) throw new Error(`no ${id}`)
  return entryMeta(season, id, row.races, false)
}

test('bug: a driver whose races all came from the sheet showed their id as a car number (#ryan-persing)', () => {
  const meta = metaAfter(1, 'd2')
  expect(meta.car).toBeNull()
  expect(meta.team).toBeNull()
  // The class is still the sheet's.
  expect(meta.classDef?.id).toBe('pro')
})

test('a driver who raced after the sheet shows the car of that race', () => {
  expect(metaAfter(1, 'd1').car).toBe('42')
  expect(metaAfter(0, 'd1').car).toBeNull()
})

test('the car, team, class and country of the latest race; a team shows its class only', () => {
  const withCountry: Season = makeSeason({
    drivers: [
      { id: 'd1', name: 'Driver d1', country: 'USA' },
      { id: 'd2', name: 'Driver d2' },
    ],
    rounds: rounds(2),
  })
  const standings = computeSeasonStandings(
    withCountry,
    filesOf(
      results('r01', [
        finished(1, { car: '7', driver: 'd1', team: 't2' }),
        finished(2, { car: '8', driver: 'd2' }),
      ]),
      results('r02', [finished(1, { car: '9', driver: 'd1', team: 't3', class: 'pro-am' })]),
    ),
  )
  const pro = tableOf(standings, 'pro', 1).find((r) => r.id === 'd1')!
  // Pro counts race 1 only; the driver's latest car anywhere in its table.
  expect(entryMeta(withCountry, 'd1', pro.races, false)).toEqual({
    car: '7',
    team: 'Team 2',
    classDef: withCountry.classes.find((c) => c.id === 'pro'),
    country: 'USA',
  })
  const d2 = tableOf(standings, 'pro', 1).find((r) => r.id === 'd2')!
  expect(entryMeta(withCountry, 'd2', d2.races, false).country).toBeNull()
  const team = tableOf(standings, 'teams', 1).find((r) => r.id === 't3')!
  expect(entryMeta(withCountry, 't3', team.races, true)).toEqual({
    car: null,
    team: null,
    classDef: withCountry.classes.find((c) => c.id === 'pro-am'),
    country: null,
  })
})
