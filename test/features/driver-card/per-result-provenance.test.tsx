// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, expect, test } from 'vitest'
import { computeSeasonStandings } from '../../../src/engine/scoring/season-standings.ts'
import { standingsAt } from '../../../src/engine/scoring/standings.ts'
import { DriverCard } from '../../../src/features/driver-card/driver-card.tsx'
import { HeadToHead } from '../../../src/features/head-to-head/head-to-head.tsx'
import { seasonProvenance } from '../../../src/model/provenance.ts'
import { championship, shippedFiles, stepAfter } from '../../fixtures/shipped-season.ts'

afterEach(cleanup)

/*
 * A filled-in result carries † where it is shown race by race, a published one nothing
 * (docs/dashboard.md#reconstructed-data). 2024 Pro-Am after race 2: Sofronas's win and Cirone's
 * second place in race 1 are published; no Pro-Am place of race 2 is.
 */
const ccna2024 = await shippedFiles('ccna/2024')
const standings = computeSeasonStandings(ccna2024.season, ccna2024.files)
const step = stepAfter(standings, 'r02')
const proAm = championship(standings, 'pro-am')
const rows = standingsAt(proAm, step)
const provenance = seasonProvenance(ccna2024.season, ccna2024.files)

/** The race-by-race table's rows, by the race label they start with. */
function raceRows(table: HTMLElement) {
  const byLabel = (label: string) =>
    within(table)
      .getAllByRole('row')
      .find((row) => row.querySelector('th')?.textContent?.startsWith(label) === true)!
  return { r1: byLabel('R1'), r2: byLabel('R2') }
}

test('driver card: the published race 1 has no †, the filled-in race 2 has one, said in words', () => {
  render(
    <DriverCard
      season={ccna2024.season}
      calendar={standings.calendar}
      championship="Pro-Am"
      row={rows.find((row) => row.id === 'marco-cirone') ?? null}
      driver="marco-cirone"
      candidates={rows.map(({ id, name }) => ({ id, name }))}
      onDriver={() => {}}
      provenance={provenance}
    />,
  )
  const { r1, r2 } = raceRows(screen.getByRole('table', { name: 'Race by race' }))
  expect(within(r1).queryByTitle('reconstructed, not official')).toBeNull()
  expect(within(r2).getByTitle('reconstructed, not official')).toHaveTextContent(
    '† (reconstructed, not official)',
  )
  expect(
    screen.getByText(
      'Reconstructed results, not official: 1 of the 2 results counted here was filled in, marked †; 1 is published.',
    ),
  ).toBeInTheDocument()
})

test('head-to-head: each filled-in result carries †, each published one nothing', () => {
  render(
    <HeadToHead
      calendar={standings.calendar}
      step={step}
      pair={[
        { progression: proAm, id: 'james-sofronas' },
        { progression: proAm, id: 'marco-cirone' },
      ]}
      candidates={rows.map(({ id, name }) => ({ id, name }))}
      onPair={() => {}}
      provenance={provenance}
    />,
  )
  const { r1, r2 } = raceRows(screen.getByRole('table', { name: 'Race by race' }))
  expect(within(r1).queryAllByTitle('reconstructed, not official')).toEqual([])
  expect(within(r2).getAllByTitle('reconstructed, not official')).toHaveLength(2)
  expect(
    screen.getByText(
      'Reconstructed results, not official: 2 of the 4 results counted here were filled in, marked †; 2 are published.',
    ),
  ).toBeInTheDocument()
})
