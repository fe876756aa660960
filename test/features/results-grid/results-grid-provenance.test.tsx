// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, expect, test } from 'vitest'
import { computeSeasonStandings } from '../../../src/engine/season-standings.ts'
import { standingsAt } from '../../../src/engine/standings.ts'
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

test('2024 Pro-Am grid after race 2: the placeholder row is marked, every result cell says what it rests on', () => {
  const { rowOf } = renderGrid()
  const entryA = rowOf('Pro-Am entry A')
  expect(within(entryA).getByRole('rowheader')).toHaveTextContent(/Pro-Am entry A\s*placeholder/i)
  const [race1] = within(entryA).getAllByRole('cell')
  expect(race1).toHaveAccessibleName(
    /^Pro-Am entry A, Race 1 \(Sebring\): .*; placeholder: driver not published$/,
  )
  // Published: Cirone second in Pro-Am in race 1 (0.179 s behind Sofronas). Every race shown is
  // reconstructed: the grid says it once, as its description, not in each cell.
  const [cirone1] = within(rowOf('Marco Cirone')).getAllByRole('cell')
  expect(cirone1).toHaveAccessibleName(
    /^Marco Cirone, Race 1 \(Sebring\): second in class, \d+ points$/,
  )
  // A race not run yet says nothing of the kind.
  const later = within(rowOf('Marco Cirone')).getAllByRole('cell')[2]
  expect(later).toHaveAccessibleName(/no result$/)
  expect(screen.getByRole('table')).toHaveAccessibleDescription(
    /^Reconstructed results, not official: every race counted here\./,
  )
  expect(screen.getByText(/· placeholder: driver not published/)).toBeInTheDocument()
})

test('with race 2 official, only race 1 carries † in its column and says so in its cells', () => {
  const files = new Map(ccna2024.files)
  const r02 = files.get('r02')
  if (r02?.kind !== 'results') throw new Error('no r02')
  files.set('r02', { kind: 'results', results: { ...r02.results, source: { kind: 'official' } } })
  const { grid, rowOf } = renderGrid(files)
  const header = (label: string) =>
    within(grid)
      .getAllByRole('columnheader')
      .find((th) => th.textContent?.startsWith(label) && th.textContent.length < 40)!
  expect(header('R1')).toHaveTextContent('R1 † (reconstructed, not official)')
  expect(header('R2')).toHaveTextContent(/^R2$/)
  expect(screen.getByText(/† reconstructed race/)).toBeInTheDocument()
  // Each cell of race 1 says so; race 2's do not.
  const [race1, race2] = within(rowOf('Marco Cirone')).getAllByRole('cell')
  expect(race1).toHaveAccessibleName(/; reconstructed, not official$/)
  expect(race2).toHaveAccessibleName(/\d+ points$/)
})
