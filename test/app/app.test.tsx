// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, expect, test, vi } from 'vitest'
import { App } from '../../src/app/app.tsx'
import { servePublic } from '../fixtures/serve-public.ts'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

function renderApp() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return render(
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>,
  )
}

test('the page computes the shipped season in the browser: Rosberg 385, Hamilton 380', async () => {
  const server = servePublic()
  vi.stubGlobal('fetch', server.fetch)
  renderApp()
  expect(
    await screen.findByRole('heading', { name: 'Formula One World Championship 2016' }),
  ).toBeInTheDocument()
  const drivers = await screen.findByRole('table', { name: 'Drivers' })
  const [, first, second] = within(drivers).getAllByRole('row')
  expect(
    within(first!)
      .getAllByRole('cell')
      .map((c) => c.textContent),
  ).toEqual(['1', '385', '—', '9', '16'])
  expect(within(second!).getByRole('rowheader').textContent).toBe('Lewis Hamilton')
  expect(screen.getByRole('table', { name: 'Constructors' })).toBeInTheDocument()
  expect(server.requested).toContain('/data/f1/2016/season.json')
})

test('a broken result file is named on the page and the other races still count', async () => {
  const server = servePublic({
    'data/f1/2016/results/r21.json': new Response('{"format": ', {
      headers: { 'content-type': 'application/json' },
    }),
  })
  vi.stubGlobal('fetch', server.fetch)
  renderApp()
  const alert = await screen.findByRole('alert')
  expect(alert.textContent).toBe(
    'results/r21.json: not valid JSON at the end of the file: Unexpected end of JSON input',
  )
  expect(screen.getByText('After Grand Prix, Brazil')).toBeInTheDocument()
})

test('an unreachable index gives a message, not a blank page', async () => {
  vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')))
  renderApp()
  expect((await screen.findByRole('alert')).textContent).toBe(
    'data/index.json: could not fetch /data/index.json: Failed to fetch',
  )
})
