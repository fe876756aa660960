import { expect, test } from 'vitest'
import { computeSeasonStandings } from '../../src/engine/scoring/season-standings.ts'
import { standingsAt } from '../../src/engine/scoring/standings.ts'
import type { RaceResults, ResultRow, Season } from '../../src/engine/types.ts'
import {
  isFilledIn,
  resultProvenance,
  rowProvenance,
  seasonProvenance,
} from '../../src/model/provenance.ts'
import { shownProvenance } from '../../src/model/provenance-words.ts'
import { filesOf, makeSeason, order, results, rounds } from '../fixtures/build.ts'
import { championship } from '../fixtures/shipped-season.ts'

/*
 * Reconstructed per row, not per race (docs/data-format.md#reconstructed-rows): in a file that
 * says `source.kind: "reconstructed"`, the rows marked `reconstructed: true` are the filled-in
 * ones and the others are published; a reconstructed file that marks none is all filled in (the
 * meaning it had before rows were marked); a published file has nothing filled in.
 */
const RECONSTRUCTED = { kind: 'reconstructed' } as const

/** d1, d2, d3 finish in that order (d1 and d2 for t1, d3 for t2); `filled` cars marked. */
function race(id: string, source: RaceResults['source'], filled: ReadonlyArray<string> = []) {
  const rows = order(['1', '2', '3'], { '3': { team: 't2' } }).map((row): ResultRow =>
    filled.includes(row.car) ? { ...row, reconstructed: true } : row,
  )
  return { ...results(id, rows), ...(source === undefined ? {} : { source }) }
}

const files = filesOf(
  race('r01', RECONSTRUCTED, ['2']), // d2's place filled in, d1's and d3's published
  race('r02', RECONSTRUCTED), // no row marked: all filled in
  race('r03', { kind: 'official' }), // published
)

function proAfter(season: Season, step: number) {
  const standings = computeSeasonStandings(season, files)
  return standingsAt(championship(standings, 'pro'), step)
}

test('only the marked rows of a reconstructed file are filled in; an unmarked one is all; a published one none', () => {
  const season = makeSeason({ rounds: rounds(3) })
  const p = seasonProvenance(season, files)
  const cell = (id: string, index: number) => resultProvenance(p, id, index)
  expect(['d1', 'd2', 'd3'].map((id) => cell(id, 0))).toEqual([
    'published',
    'reconstructed',
    'published',
  ])
  expect(['d1', 'd2', 'd3'].map((id) => cell(id, 1))).toEqual([
    'reconstructed',
    'reconstructed',
    'reconstructed',
  ])
  expect(['d1', 'd2', 'd3'].map((id) => cell(id, 2))).toEqual([
    'published',
    'published',
    'published',
  ])
  // A team's result (`sum`, its cars' points) is filled in when one of its cars' is.
  expect([isFilledIn(p, 't1', 0), isFilledIn(p, 't2', 0), isFilledIn(p, 't2', 1)]).toEqual([
    true,
    false,
    true,
  ])
  // Read once per season and set of files.
  expect(seasonProvenance(season, files)).toBe(p)
})

test('a row is reconstructed when one of its results so far is; the note counts filled-in and published results', () => {
  const season = makeSeason({ rounds: rounds(3) })
  const p = seasonProvenance(season, files)
  const afterR01 = proAfter(season, 0)
  const byId = (id: string) => afterR01.find((row) => row.id === id)!
  expect(['d1', 'd2', 'd3'].map((id) => rowProvenance(p, byId(id)))).toEqual([
    'published',
    'reconstructed',
    'published',
  ])
  expect(shownProvenance(p, afterR01)).toEqual({
    note: 'Reconstructed results, not official: 1 of the 3 results counted here was filled in, marked †; 2 are published.',
    markEach: true,
    races: [0],
    filledIn: 1,
    results: 3,
    placeholders: 0,
  })
  // After race 2 every row counts a filled-in result; 4 of the 6 results are.
  const afterR02 = proAfter(season, 1)
  expect(afterR02.every((row) => rowProvenance(p, row) === 'reconstructed')).toBe(true)
  expect(shownProvenance(p, afterR02).note).toBe(
    'Reconstructed results, not official: 4 of the 6 results counted here were filled in, marked †; 2 are published.',
  )
  // Race 2 alone: every result shown is filled in, said once and marked nowhere.
  const race2Only = afterR02.map((row) => ({
    ...row,
    races: row.races.filter((r) => r.raceIndex === 1),
  }))
  expect(shownProvenance(p, race2Only)).toMatchObject({
    note: 'Reconstructed results, not official: all 3 results counted here were filled in.',
    markEach: false,
    races: [1],
  })
  expect(shownProvenance(p, race2Only.slice(0, 1)).note).toBe(
    'Reconstructed results, not official: the one result counted here was filled in.',
  )
  // Race 3 alone: published, nothing said.
  const race3Only = proAfter(season, 2).map((row) => ({
    ...row,
    races: row.races.filter((r) => r.raceIndex === 2),
  }))
  expect(shownProvenance(p, race3Only)).toMatchObject({ note: null, markEach: false, races: [] })
})

test('teams ranked by their best car overall rest on the whole order: every team result of a reconstructed race', () => {
  // The marker speaks of the place a car scores by, not of the overall order `rank` reads.
  const season = makeSeason({
    rounds: rounds(3),
    championships: [{ id: 'teams', name: 'Entrants', kind: 'teams', method: 'rank' }],
  })
  const p = seasonProvenance(season, files)
  expect([isFilledIn(p, 't1', 0), isFilledIn(p, 't2', 0), isFilledIn(p, 't2', 2)]).toEqual([
    true,
    true,
    false,
  ])
  // Drivers still read their own rows.
  expect(resultProvenance(p, 'd3', 0)).toBe('published')
})
