// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, expect, test } from 'vitest'
import type { SeasonStandings } from '../../../src/engine/scoring/season-standings.ts'
import { standingsAt } from '../../../src/engine/scoring/standings.ts'
import { DEFAULT_SORT } from '../../../src/model/table-sort.ts'
import { StandingsTable } from '../../../src/features/standings/standings-table.tsx'
import { championship, shippedSeason, stepAfter } from '../../fixtures/shipped-season.ts'

afterEach(cleanup)

/** Championship `id`'s table after race `raceId` (the last when left out), as the view draws it. */
function tableOf(standings: SeasonStandings, id: string, caption: string, raceId?: string) {
  const step = raceId === undefined ? standings.scored.length - 1 : stepAfter(standings, raceId)
  return (
    <StandingsTable
      caption={caption}
      season={standings.season}
      calendar={standings.calendar}
      rows={standingsAt(championship(standings, id), step)}
      isTeams={false}
      hasPrevious
      hasDrops
      showClass={false}
      driverHref={(entry) => `?driver=${entry}`}
      scenarios={null}
      liveDeltas={null}
      changed={null}
      version={0}
      sort={DEFAULT_SORT}
      sortHref={() => '?'}
    />
  )
}

/** The table's row whose text names `name`. */
function rowOf(caption: string, name: string) {
  return within(screen.getByRole('table', { name: caption }))
    .getAllByRole('row')
    .find((row) => row.textContent?.includes(name))
}

test('published: drops shown as fans write them — 1988, Senna 90 (94) champion, Prost 87 (105)', async () => {
  // Source: F1DB 1988 (data-src/f1db/1988.json): best 11 of 16 counted.
  render(tableOf(await shippedSeason('f1/1988'), 'drivers', 'Drivers standings'))
  const points = (name: string) =>
    rowOf('Drivers standings', name)?.querySelector('.pts')?.textContent
  expect(points('Ayrton Senna')).toBe('90 (94)')
  expect(points('Alain Prost')).toBe('87 (105)')
  // A driver whose every scored result counts shows the one number.
  expect(points('Gerhard Berger')).toBe('41')
})

test('published: 1954 as fans write it — Fangio 42 (57 1/7), González 25 1/7 (26 9/14), 16 6/7 behind', async () => {
  // Source: the 1954 World Championship table; the fastest lap of the British Grand Prix was
  // shared by seven cars, 1/7 point each (public/data/f1/1954, from F1DB).
  render(tableOf(await shippedSeason('f1/1954'), 'drivers', 'Drivers standings'))
  const row = (name: string) => rowOf('Drivers standings', name)
  expect(row('Juan Manuel Fangio')?.querySelector('.pts')?.textContent).toBe('42 (57\u00A01/7)')
  const gonzalez = row('José Froilán González')
  expect(gonzalez?.querySelector('.pts')?.textContent).toBe('25\u00A01/7 (26\u00A09/14)')
  expect(gonzalez?.textContent).toContain('−16\u00A06/7')
  // No rounded decimals anywhere on the line (his dropped half points stay "1.5").
  expect(gonzalez?.textContent).not.toMatch(/\d\.\d{3}/)
})

test('a countback note opened stays with its driver: another race fills the same line closed', async () => {
  // The rows are kept by line and filled in place (docs/performance.md#dashboard); the note is
  // the driver's. 2023 Pro: 10th after race 3 Varwig, level on points; after race 5 Nepveu.
  const ccna2023 = await shippedSeason('ccna/2023')
  const { rerender } = render(tableOf(ccna2023, 'pro', 'Pro standings', 'r03'))
  const note = (name: string) => rowOf('Pro standings', name)?.querySelector('details')
  const varwig = note('Sean Varwig')
  if (varwig === null || varwig === undefined) throw new Error('no note for Varwig after race 3')
  varwig.open = true
  rerender(tableOf(ccna2023, 'pro', 'Pro standings', 'r05'))
  expect(note('Thomas Nepveu')?.open).toBe(false)
})
