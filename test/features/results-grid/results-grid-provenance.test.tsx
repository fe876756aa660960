// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, expect, test } from 'vitest'
import { computeSeasonStandings } from '../../../src/engine/scoring/season-standings.ts'
import { standingsAt } from '../../../src/engine/scoring/standings.ts'
import type { RaceFile } from '../../../src/engine/types.ts'
import { ResultsGrid } from '../../../src/features/results-grid/results-grid.tsx'
import { seasonProvenance } from '../../../src/model/provenance.ts'
import { championship, shippedFiles, stepAfter } from '../../fixtures/shipped-season.ts'

afterEach(cleanup)

const ccna2024 = await shippedFiles('ccna/2024')

/** The 2024 Pro-Am grid after race 2 (Sebring), as the Results view draws it. */
function renderGrid(files: ReadonlyMap<string, RaceFile> = ccna2024.files) {
  const standings = computeSeasonStandings(ccna2024.season, files)
  const step = stepAfter(standings, 'r02')
  render(
    <ResultsGrid
      caption="Pro-Am"
      rows={standingsAt(championship(standings, 'pro-am'), step)}
      calendar={standings.calendar}
      lastIndex={standings.scored[step]!.race.index}
      linkFor={(id) => `?driver=${id}`}
      provenance={seasonProvenance(ccna2024.season, files)}
    />,
  )
  const grid = screen.getByRole('table', { name: /Pro-Am: results by race/ })
  const rowOf = (name: string) =>
    within(grid)
      .getAllByRole('row')
      .find((row) => within(row).queryByRole('link', { name }) !== null)!
  return { grid, rowOf }
}

test('2024 Pro-Am grid after race 2: the placeholder row is marked, each filled-in result carries †, a published one nothing', () => {
  const { grid, rowOf } = renderGrid()
  const entryA = rowOf('Pro-Am entry A')
  expect(within(entryA).getByRole('rowheader')).toHaveTextContent(/Pro-Am entry A\s*placeholder/i)
  const [race1] = within(entryA).getAllByRole('cell')
  expect(race1).toHaveAccessibleName(
    /^Pro-Am entry A, Race 1 \(Sebring\): .*; placeholder: driver not published; reconstructed, not official$/,
  )
  // Published: Cirone second in Pro-Am in race 1 (0.179 s behind Sofronas): no mark. His race 2
  // place no source gives: the solver's, marked.
  const [cirone1, cirone2, later] = within(rowOf('Marco Cirone')).getAllByRole('cell')
  expect(cirone1).toHaveAccessibleName(
    /^Marco Cirone, Race 1 \(Sebring\): second in class, \d+ points$/,
  )
  expect(cirone1).not.toHaveTextContent('†')
  expect(cirone2).toHaveAccessibleName(/; reconstructed, not official$/)
  expect(cirone2).toHaveTextContent('†')
  // A race not run yet says nothing of the kind.
  expect(later).toHaveAccessibleName(/no result$/)
  expect(screen.getByRole('table')).toHaveAccessibleDescription(
    /^Reconstructed results, not official: 20 of the 22 results counted here were filled in, marked †; 2 are published\./,
  )
  // The marks are on the results, not on the race columns.
  const headers = within(grid).getAllByRole('columnheader')
  expect(headers.filter((th) => th.textContent?.includes('†'))).toEqual([])
  expect(screen.getByText(/· † filled in, not published/)).toBeInTheDocument()
  expect(screen.getByText(/· placeholder: driver not published/)).toBeInTheDocument()
})

test('with race 2 official, only the filled-in results of race 1 say so', () => {
  const files = new Map(ccna2024.files)
  const r02 = files.get('r02')
  if (r02?.kind !== 'results') throw new Error('no r02')
  const rows = r02.results.rows.map((row) => ({ ...row, reconstructed: undefined }))
  files.set('r02', {
    kind: 'results',
    results: { ...r02.results, rows, source: { kind: 'official' } },
  })
  const { rowOf } = renderGrid(files)
  const [cirone1, cirone2] = within(rowOf('Marco Cirone')).getAllByRole('cell')
  expect(cirone1).toHaveAccessibleName(/\d+ points$/)
  expect(cirone2).toHaveAccessibleName(/\d+ points$/)
  const [castro1, castro2] = within(rowOf('Efrin Castro')).getAllByRole('cell')
  expect(castro1).toHaveAccessibleName(/; reconstructed, not official$/)
  expect(castro1).toHaveTextContent('†')
  expect(castro2).not.toHaveTextContent('†')
})
