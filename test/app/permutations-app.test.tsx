// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { servePublic } from '../fixtures/serve-public.ts'
import { renderApp } from './render-app.tsx'

let server: ReturnType<typeof servePublic>
beforeEach(() => {
  server = servePublic()
  vi.stubGlobal('fetch', server.fetch)
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

test('the outlook line links to the full permutations table, which opens as its own tab', async () => {
  const user = userEvent.setup()
  renderApp('?series=f1&season=2022&asOf=r17')
  const link = await screen.findByRole('link', { name: 'Full table' })
  await user.click(link)
  await waitFor(() =>
    expect(window.location.search).toBe('?series=f1&season=2022&view=permutations&asOf=r17'),
  )
  const view = await screen.findByRole('region', { name: 'Permutations' })
  expect(await within(view).findByRole('table')).toBeInTheDocument()
  expect(
    within(screen.getByRole('navigation', { name: 'View' })).getByRole('link', {
      name: 'Permutations',
    }),
  ).toHaveAttribute('aria-current', 'page')
})

test('a clinched title has no "Full table" link: nothing is left to decide', async () => {
  renderApp('?series=f1&season=2022&asOf=r18')
  expect(await screen.findByText('Verstappen has clinched the Drivers title.')).toBeInTheDocument()
  expect(screen.queryByRole('link', { name: 'Full table' })).toBeNull()
})

test('booth key T shows the permutations board of the championship, and T again the standings boards', async () => {
  const user = userEvent.setup()
  renderApp('?series=f1&season=2022&view=booth&asOf=r17&present=1')
  await screen.findByRole('region', { name: 'Drivers booth' })
  await user.keyboard('t')
  await waitFor(() =>
    expect(new URLSearchParams(window.location.search).get('board')).toBe('permutations'),
  )
  const board = await screen.findByRole('region', { name: 'Drivers permutations board' })
  expect(within(board).getByText('Verstappen clinches in round 18, Japan, if …')).toBeVisible()
  const rows = within(board).getByRole('list', { name: 'Results that clinch' })
  expect(within(rows).getAllByRole('listitem')[0]?.textContent).toBe(
    '1st◐ ifLeclerc 3rd or lower✓ always with the fastest lap',
  )
  expect(screen.queryByRole('region', { name: 'Drivers booth' })).toBeNull()
  await user.keyboard('t')
  await waitFor(() => expect(new URLSearchParams(window.location.search).get('board')).toBeNull())
  expect(await screen.findByRole('region', { name: 'Drivers booth' })).toBeInTheDocument()
})
