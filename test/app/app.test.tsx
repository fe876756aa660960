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

test('the page computes the shipped season in the browser: Hartog 351, Yardley 2nd', async () => {
  const server = servePublic()
  vi.stubGlobal('fetch', server.fetch)
  renderApp()
  expect(
    await screen.findByRole('heading', { name: 'Porsche Carrera Cup North America 2024' }),
  ).toBeInTheDocument()
  const pro = await screen.findByRole('table', { name: 'Pro' })
  const [, first, second] = within(pro).getAllByRole('row')
  expect(within(first!).getByRole('rowheader').textContent).toBe('Loek Hartog')
  expect(
    within(first!)
      .getAllByRole('cell')
      .map((c) => c.textContent),
  ).toEqual(['1', '351', '—', '7', '14'])
  expect(within(second!).getByRole('rowheader').textContent).toBe('Ryan Yardley')
  expect(screen.getByRole('table', { name: 'Entrants' })).toBeInTheDocument()
  expect(server.requested).toContain('/data/ccna/2024/season.json')
})

test('a broken result file is named on the page and the other races still count', async () => {
  const server = servePublic({
    'data/ccna/2024/results/r16.json': new Response('{"format": ', {
      headers: { 'content-type': 'application/json' },
    }),
  })
  vi.stubGlobal('fetch', server.fetch)
  renderApp()
  const alert = await screen.findByRole('alert')
  expect(alert.textContent).toBe(
    'results/r16.json: not valid JSON at the end of the file: Unexpected end of JSON input',
  )
  expect(screen.getByText('After Race 15, Circuit of the Americas')).toBeInTheDocument()
})

test('an unreachable index gives a message, not a blank page', async () => {
  vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')))
  renderApp()
  expect((await screen.findByRole('alert')).textContent).toBe(
    'data/index.json: could not fetch /data/index.json: Failed to fetch',
  )
})
