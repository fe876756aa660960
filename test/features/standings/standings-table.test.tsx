// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, expect, test } from 'vitest'
import { standingsAt } from '../../../src/engine/scoring/standings.ts'
import { DEFAULT_SORT } from '../../../src/model/table-sort.ts'
import { StandingsTable } from '../../../src/features/standings/standings-table.tsx'
import { shippedSeason } from '../../fixtures/shipped-season.ts'

afterEach(cleanup)

test('published: drops shown as fans write them — 1988, Senna 90 (94) champion, Prost 87 (105)', async () => {
  // Source: F1DB 1988 (data-src/f1db/1988.json): best 11 of 16 counted.
  const standings = await shippedSeason('f1/1988')
  const drivers = standings.championships.find((c) => c.championship.id === 'drivers')!
  render(
    <StandingsTable
      caption="Drivers standings"
      season={standings.season}
      calendar={standings.calendar}
      rows={standingsAt(drivers, standings.scored.length - 1)}
      isTeams={false}
      hasPrevious
      hasDrops
      showClass={false}
      driverHref={(id) => `?driver=${id}`}
      scenarios={null}
      liveDeltas={null}
      changed={null}
      version={0}
      sort={DEFAULT_SORT}
      sortHref={() => '?'}
    />,
  )
  const rows = within(screen.getByRole('table', { name: 'Drivers standings' })).getAllByRole('row')
  const points = (name: string) =>
    rows.find((row) => row.textContent?.includes(name))?.querySelector('.pts')?.textContent
  expect(points('Ayrton Senna')).toBe('90 (94)')
  expect(points('Alain Prost')).toBe('87 (105)')
  // A driver whose every scored result counts shows the one number.
  expect(points('Gerhard Berger')).toBe('41')
})

test('published: 1954 as fans write it — Fangio 42 (57 1/7), González 25 1/7 (26 9/14), 16 6/7 behind', async () => {
  // Source: the 1954 World Championship table; the fastest lap of the British Grand Prix was
  // shared by seven cars, 1/7 point each (public/data/f1/1954, from F1DB).
  const standings = await shippedSeason('f1/1954')
  const drivers = standings.championships.find((c) => c.championship.id === 'drivers')!
  render(
    <StandingsTable
      caption="Drivers standings"
      season={standings.season}
      calendar={standings.calendar}
      rows={standingsAt(drivers, standings.scored.length - 1)}
      isTeams={false}
      hasPrevious
      hasDrops
      showClass={false}
      driverHref={(id) => `?driver=${id}`}
      scenarios={null}
      liveDeltas={null}
      changed={null}
      version={0}
      sort={DEFAULT_SORT}
      sortHref={() => '?'}
    />,
  )
  const rows = within(screen.getByRole('table', { name: 'Drivers standings' })).getAllByRole('row')
  const row = (name: string) => rows.find((each) => each.textContent?.includes(name))
  expect(row('Juan Manuel Fangio')?.querySelector('.pts')?.textContent).toBe('42 (57\u00A01/7)')
  const gonzalez = row('José Froilán González')
  expect(gonzalez?.querySelector('.pts')?.textContent).toBe('25\u00A01/7 (26\u00A09/14)')
  expect(gonzalez?.textContent).toContain('−16\u00A06/7')
  // No rounded decimals anywhere on the line (his dropped half points stay "1.5").
  expect(gonzalez?.textContent).not.toMatch(/\d\.\d{3}/)
})
