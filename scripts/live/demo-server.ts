import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize } from 'node:path'

export type Failure = 'none' | 'http-500' | 'truncated' | 'hang'

export interface DemoServer {
  readonly url: string
  /** Serve `body` at `path` (relative to the site root); null: 404. */
  readonly override: (path: string, body: string | null) => void
  readonly setFailure: (failure: Failure) => void
  /** Requests answered, in the order of their answers. */
  readonly requests: () => ReadonlyArray<{ readonly path: string; readonly status: number }>
  /** Paths asked for, in the order they arrived (a held request is here before it is answered). */
  readonly arrivals: () => ReadonlyArray<string>
  readonly close: () => Promise<void>
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain',
}

/**
 * A static host for the built site whose data files can be swapped while it runs, with ETags
 * (an unchanged file answers 304) and switchable failures for the data: HTTP 500, JSON cut off
 * mid-file for the swapped (live) files, or no answer at all (`hang`: held until the failure is
 * switched off, then answered as usual) — what a live weekend's server does on a bad day.
 */
export async function startDemoServer(root: string, port = 0): Promise<DemoServer> {
  const overrides = new Map<string, string | null>()
  const log: Array<{ path: string; status: number }> = []
  const arrived: Array<string> = []
  let failure: Failure = 'none'
  const held: Array<() => void> = []
  const setFailure = (next: Failure) => {
    failure = next
    if (next !== 'hang') for (const release of held.splice(0)) release()
  }
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(
        new URL(request.url ?? '/', 'http://localhost').pathname,
      ).replace(/^\/+/, '')
      arrived.push(path)
      const answer = (status: number, body = '', type = 'text/plain') => {
        log.push({ path, status })
        response.writeHead(status, {
          'content-type': type,
          'cache-control': 'no-cache',
          ...(status === 200 ? { etag: etag(body) } : {}),
        })
        response.end(body)
      }
      const isData = path.startsWith('data/') && path.endsWith('.json')
      if (isData && failure === 'hang') await new Promise<void>((resolve) => held.push(resolve))
      if (isData && failure === 'http-500') return answer(500, 'Internal Server Error')
      let body: string | null
      if (overrides.has(path)) body = overrides.get(path) ?? null
      else {
        const file = normalize(join(root, path === '' ? 'index.html' : path))
        body = file.startsWith(normalize(root))
          ? await readFile(file, 'utf8').catch(() => null)
          : null
      }
      if (body === null) return answer(404, 'Not found')
      if (isData && failure === 'truncated' && overrides.has(path))
        body = body.slice(0, Math.floor(body.length / 2))
      if (request.headers['if-none-match'] === etag(body)) {
        log.push({ path, status: 304 })
        response.writeHead(304, { etag: etag(body), 'cache-control': 'no-cache' })
        return response.end()
      }
      answer(200, body, TYPES[extname(path || 'index.html')] ?? 'application/octet-stream')
    })()
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const address = server.address()
  const actual = typeof address === 'object' && address !== null ? address.port : port
  return {
    url: `http://127.0.0.1:${actual}/`,
    override: (path, body) => overrides.set(path, body),
    setFailure,
    requests: () => log,
    arrivals: () => arrived,
    close: () => {
      setFailure('none')
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}

function etag(body: string): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`
}
