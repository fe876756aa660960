import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { join, normalize } from 'node:path'

/** What a request to a season folder asks for, as the cache rules tell them apart. */
export type RequestKind = 'manifest' | 'versioned' | 'unversioned' | 'other'

/** `manifest.json`; a JSON file with `?v=` (an address whose content never changes); any other. */
export function requestKind(url: string): RequestKind {
  const [path = '', query = ''] = url.split('?', 2)
  if (!path.endsWith('.json')) return 'other'
  if (path.endsWith('/manifest.json')) return 'manifest'
  return new URLSearchParams(query).has('v') ? 'versioned' : 'unversioned'
}

/** The Cache-Control the origin sends (docs/deploying.md#live-feed); never a long life for a 404. */
export function cacheControl(kind: RequestKind, status: number): string {
  if (status !== 200 && status !== 304) return 'public, max-age=1'
  if (kind === 'versioned') return 'public, max-age=31536000, immutable'
  if (kind === 'other') return 'no-cache'
  return 'public, max-age=1, stale-while-revalidate=30'
}

export interface OriginHit {
  readonly at: number
  readonly kind: RequestKind
  readonly status: number
}

export interface Origin {
  readonly port: number
  /** Every request received so far, in order. */
  readonly hits: ReadonlyArray<OriginHit>
  readonly close: () => Promise<void>
}

/**
 * A plain static host for one folder mounted at `mount` (e.g. `/data/ccna/2023/`): strong ETags,
 * 304 for a matching If-None-Match, the query string ignored when finding the file (as static
 * hosts do), and every request counted.
 */
export async function startOrigin(folder: string, mount: string): Promise<Origin> {
  const hits: Array<OriginHit> = []
  const root = normalize(folder)
  const server = createServer((request, response) => {
    const url = request.url ?? '/'
    const kind = requestKind(url)
    const answer = (status: number, headers: Record<string, string>, body = '') => {
      hits.push({ at: Date.now(), kind, status })
      response.writeHead(status, { 'cache-control': cacheControl(kind, status), ...headers })
      response.end(body)
    }
    const path = decodeURIComponent(url.split('?', 1)[0] ?? '')
    const file = path.startsWith(mount) ? normalize(join(root, path.slice(mount.length))) : null
    if (file === null || !file.startsWith(root)) return answer(404, {}, 'Not found')
    readFile(file, 'utf8').then(
      (body) => {
        const etag = `"${createHash('sha1').update(body).digest('base64url')}"`
        if (request.headers['if-none-match'] === etag) return answer(304, { etag })
        answer(200, { etag, 'content-type': 'application/json' }, body)
      },
      () => answer(404, { 'content-type': 'text/plain' }, 'Not found'),
    )
  })
  server.keepAliveTimeout = 75_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (typeof address !== 'object' || address === null) throw new Error('origin did not listen')
  return {
    port: address.port,
    hits,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
