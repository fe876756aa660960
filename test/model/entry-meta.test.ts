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
