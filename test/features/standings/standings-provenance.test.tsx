// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, expect, test } from 'vitest'
import { computeSeasonStandings } from '../../../src/engine/scoring/season-standings.ts'
import { standingsAt } from '../../../src/engine/scoring/standings.ts'
import type { RaceFile, Season } from '../../../src/engine/types.ts'
import { StandingsTable } from '../../../src/features/standings/standings-table.tsx'
import { seasonProvenance } from '../../../src/model/provenance.ts'
import { DEFAULT_SORT } from '../../../src/model/table-sort.ts'
import { championship, shippedFiles, stepAfter } from '../../fixtures/shipped-season.ts'

afterEach(cleanup)

const ccna2024 = await shippedFiles('ccna/2024')

/** A championship's table after `step` (the last race when left out), as the Standings view draws it. */
function renderTable(
  data: { readonly season: Season; readonly files: ReadonlyMap<string, RaceFile> },
  id: string,
  caption: string,
  raceId?: string,
) {
  const standings = computeSeasonStandings(data.season, data.files)
  const step = raceId === undefined ? standings.scored.length - 1 : stepAfter(standings, raceId)
  render(
    <StandingsTable
      caption={caption}
      season={standings.season}
      calendar={standings.calendar}
      rows={standingsAt(championship(standings, id), step)}
      isTeams={false}
      hasPrevious
      hasDrops={false}
      showClass={false}
      driverHref={(entry) => `?driver=${entry}`}
      scenarios={null}
      liveDeltas={null}
      changed={null}
      version={0}
      sort={DEFAULT_SORT}
      sortHref={() => '?'}
      provenance={seasonProvenance(data.season, data.files)}
    />,
  )
  return screen.getByRole('table', { name: caption })
}

/** The 2024 Pro-Am table after race 2 (Sebring). */
function renderProAm(files: ReadonlyMap<string, RaceFile> = ccna2024.files) {
  const table = renderTable({ season: ccna2024.season, files }, 'pro-am', 'Pro-Am standings', 'r02')
  const rowOf = (name: string) =>
    within(table)
      .getAllByRole('row')
      .find((row) => within(row).queryByRole('link', { name }) !== null)
  return { table, rowOf }
}

test('2024 Pro-Am after race 2: "Pro-Am entry A" is marked a placeholder in words, the filled-in results counted', () => {
  const { rowOf } = renderProAm()
  // The name without the data's note; the mark says it, to the eye and to a screen reader.
  const entryA = rowOf('Pro-Am entry A')
  expect(entryA).toBeDefined()
  const header = within(entryA!).getByRole('rowheader')
  expect(header).toHaveTextContent('Pro-Am entry A')
  expect(header).toHaveTextContent(/placeholder/i)
  expect(within(header).getByTitle('placeholder: driver not published')).toHaveTextContent(
    'placeholder (placeholder: driver not published)',
  )
  // A named driver carries no placeholder mark.
  expect(within(rowOf('Marco Cirone')!).queryByTitle(/placeholder/)).toBeNull()
  // Said once, above the table and as its description: 2 of the 22 results are published
  // (Sofronas's win and Cirone's second place in race 1), the rest filled in.
  expect(screen.getByRole('table', { name: 'Pro-Am standings' })).toHaveAccessibleDescription(
    /^Reconstructed results, not official: 20 of the 22 results counted here were filled in, marked †; 2 are published\. Placeholder: \d+ entries whose drivers were not published\.$/,
  )
  // Cirone's points count his race 2 place, which no source gives: his row carries †.
  const cirone = within(rowOf('Marco Cirone')!).getByRole('rowheader')
  expect(within(cirone).getByTitle('reconstructed, not official')).toHaveTextContent(
    '† (reconstructed, not official)',
  )
})

test('a row whose every result is published carries no †; one counting a filled-in result does', () => {
  // Race 2 as if its file were official: Cirone's two places are published, Castro's race 1
  // place is still the solver's.
  const files = new Map(ccna2024.files)
  const r02 = files.get('r02')
  if (r02?.kind !== 'results') throw new Error('no r02')
  const rows = r02.results.rows.map((row) => ({ ...row, reconstructed: undefined }))
  files.set('r02', {
    kind: 'results',
    results: { ...r02.results, rows, source: { kind: 'official' } },
  })
  const { rowOf } = renderProAm(files)
  const header = (name: string) => within(rowOf(name)!).getByRole('rowheader')
  expect(within(header('Marco Cirone')).queryByTitle('reconstructed, not official')).toBeNull()
  expect(
    within(header('Efrin Castro')).getByTitle('reconstructed, not official'),
  ).toHaveTextContent('† (reconstructed, not official)')
  expect(screen.getByRole('table')).toHaveAccessibleDescription(
    /^Reconstructed results, not official: 9 of the 22 results counted here were filled in, marked †; 13 are published\./,
  )
})

test('an official season shows no mark and no note', async () => {
  const f1 = await shippedFiles('f1/2016')
  renderTable(f1, 'drivers', 'Drivers standings')
  expect(screen.getByRole('table')).not.toHaveAttribute('aria-describedby')
  expect(screen.queryByText(/Reconstructed/)).toBeNull()
  expect(screen.queryByTitle(/placeholder|reconstructed/)).toBeNull()
})
