import type { ReadResult } from './read-text.ts'

const FATAL_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** How long a request may take before it counts as failed (docs/dashboard.md#staleness). */
const FIRST_LOAD_TIMEOUT_MS = 15_000

/**
 * Reads a season file over HTTP for the dashboard. 404 means "no result yet"; so does an HTML
 * page, which is what a single-page-app fallback (the Vite dev server, many static hosts)
 * answers for a file that does not exist. Any other failure is an error that names the URL —
 * including a server that does not answer within `timeoutMs`: a hung request must never hold
 * the standings on screen as if they were current. A file that is not UTF-8 is refused
 * (src/data/decode-utf8.ts), never read with U+FFFD for each byte.
 */
export async function readOverHttp(
  url: string,
  timeoutMs: number = FIRST_LOAD_TIMEOUT_MS,
  options: {
    readonly fresh?: boolean
    /** A request already under way for this URL (early-read.ts); fetched afresh if it failed. */
    readonly early?: Promise<Response>
  } = {},
): Promise<ReadResult> {
  const signal = AbortSignal.timeout(timeoutMs)
  const failed = (what: string, error: unknown): ReadResult => ({
    kind: 'error',
    message: signal.aborted
      ? `no answer for ${url} within ${timeoutMs / 1000} s`
      : `${what}: ${error instanceof Error ? error.message : String(error)}`,
  })
  let response: Response
  try {
    // Revalidate every time: an unchanged file costs a 304, a changed one is never served stale.
    // `fresh` asks without validators: an origin whose clock runs ahead answers 304 for ever.
    const fetchNow = () =>
      fetch(url, { cache: options.fresh === true ? 'reload' : 'no-cache', signal })
    response =
      options.early === undefined
        ? await fetchNow()
        : await Promise.race([options.early, aborted(signal)]).catch(fetchNow)
  } catch (error) {
    return failed(`could not fetch ${url}`, error)
  }
  if (response.status === 404) return { kind: 'missing' }
  if (!response.ok)
    return {
      kind: 'error',
      message: `HTTP ${response.status} ${response.statusText} for ${url}`.trim(),
    }
  if ((response.headers.get('content-type') ?? '').includes('text/html')) return { kind: 'missing' }
  let bytes: ArrayBuffer
  try {
    bytes = await response.arrayBuffer()
  } catch (error) {
    return failed(`the download of ${url} broke off`, error)
  }
  // UTF-8 or refused, as on disk: `response.text()` would put U+FFFD for every Latin-1 accent.
  // The common case here; the message (decode-utf8.ts, where the rule lives) only on a refusal,
  // so its byte-by-byte search stays out of the first load (docs/performance.md).
  try {
    return { kind: 'text', text: FATAL_UTF8.decode(bytes) }
  } catch {
    const { decodeUtf8 } = await import('./decode-utf8.ts')
    const decoded = decodeUtf8(new Uint8Array(bytes), url)
    return decoded.ok
      ? { kind: 'text', text: decoded.text }
      : { kind: 'error', message: decoded.message, notText: true }
  }
}

/** Rejects when `signal` aborts: an early request is held to the same time limit. */
function aborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    signal.addEventListener('abort', () => reject(new Error('timed out')), { once: true })
  })
}
