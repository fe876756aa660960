import type { ReadResult } from './read-text.ts'

/**
 * Reads a season file over HTTP for the dashboard. 404 means "no result yet"; so does an HTML
 * page, which is what a single-page-app fallback (the Vite dev server, many static hosts)
 * answers for a file that does not exist. Any other failure is an error that names the URL.
 */
export async function readOverHttp(url: string): Promise<ReadResult> {
  let response: Response
  try {
    // Revalidate every time: an unchanged file costs a 304, a changed one is never served stale.
    response = await fetch(url, { cache: 'no-cache' })
  } catch (error) {
    return {
      kind: 'error',
      message: `could not fetch ${url}: ${error instanceof Error ? error.message : String(error)}`,
    }
  }
  if (response.status === 404) return { kind: 'missing' }
  if (!response.ok)
    return {
      kind: 'error',
      message: `HTTP ${response.status} ${response.statusText} for ${url}`.trim(),
    }
  if ((response.headers.get('content-type') ?? '').includes('text/html')) return { kind: 'missing' }
  try {
    return { kind: 'text', text: await response.text() }
  } catch (error) {
    return {
      kind: 'error',
      message: `the download of ${url} broke off: ${error instanceof Error ? error.message : String(error)}`,
    }
  }
}
