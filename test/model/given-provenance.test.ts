/**
 * Races whose results are the points an official sheet gives (docs/data-format.md#given-points)
 * are said so under every table that counts them: "R1–R2, R4: the points of the official points
 * sheet, not finishing orders."
 */
import { expect, test } from 'vitest'
import { computeSeasonStandings } from '../../src/engine/scoring/season-standings.ts'
import type { ResultRow } from '../../src/engine/types.ts'
import { seasonProvenance } from '../../src/model/provenance.ts'
import { shownProvenance } from '../../src/model/provenance-words.ts'
import { filesOf, finished, makeSeason, results, rounds, tableOf } from '../fixtures/build.ts'

const season = makeSeason({
  drivers: ['d1', 'd2'].map((id) => ({ id, name: `Driver ${id}` })),
  rounds: rounds(5),
})

function fromSheet(place: number, driver: string): ResultRow {
  return { ...finished(place, { car: driver, driver }), given: { race: 10 - place } }
}

const sheet = (race: string) => results(race, [fromSheet(1, 'd1'), fromSheet(2, 'd2')])
const scored = (race: string) =>
  results(race, [finished(1, { car: '1', driver: 'd2' }), finished(2, { car: '2', driver: 'd1' })])
const files = filesOf(sheet('r01'), sheet('r02'), scored('r03'), sheet('r04'), scored('r05'))
const standings = computeSeasonStandings(season, files)
const provenance = seasonProvenance(season, files)

test('the given races shown are named, next ones as a span', () => {
  const shown = shownProvenance(provenance, tableOf(standings, 'pro'))
  expect(shown.note).toBe(
    'R1–R2, R4: the points of the official points sheet, not finishing orders.',
  )
  expect(shown.markEach).toBe(false)
})

test('a table after one given race says it of that race; after none, nothing', () => {
  expect(shownProvenance(provenance, tableOf(standings, 'pro', 0)).note).toBe(
    'R1: the points of the official points sheet, not a finishing order.',
  )
  const noSheet = filesOf(scored('r01'))
  const plain = computeSeasonStandings(season, noSheet)
  expect(shownProvenance(seasonProvenance(season, noSheet), tableOf(plain, 'pro')).note).toBeNull()
})
