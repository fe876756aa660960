import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import { App } from '../../src/app/app.tsx'

/** The dashboard at `search`, with a fresh query cache and no retries. */
export function renderApp(search = '') {
  window.history.replaceState(null, '', `/${search}`)
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return render(
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>,
  )
}
