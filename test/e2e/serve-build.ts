import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build, preview, type PreviewServer } from 'vite'

export interface BuiltSite {
  readonly url: string
  /** Every path asked for since the server started, with its query (`/assets/a.js?retry=1`). */
  readonly requests: () => ReadonlyArray<string>
  /**
   * Until called again with null, answers the requests whose path and query match with `status`
   * and `headers` instead of the file: a host or CDN on a bad day.
   */
  readonly fail: (
    match: RegExp | null,
    answer?: { readonly status: number; readonly headers?: Readonly<Record<string, string>> },
  ) => void
  readonly close: () => Promise<void>
}

/**
 * Builds the site into a temporary folder and serves it with `vite preview`, as a static host
 * would; nothing is left running or written into the project. (The tests serve the one build
 * of their run instead: test/e2e/built-site.ts.)
 */
export async function serveBuild(
  /** Adds files to the built site before it is served (a benchmark's own season). */
  extra?: (outDir: string) => void,
): Promise<BuiltSite> {
  const outDir = await buildSite()
  extra?.(outDir)
  return serveFolder(outDir, () => rmSync(outDir, { recursive: true, force: true }))
}

/** Serves a built site's folder with `vite preview`; `cleanUp` runs when it is closed. */
export async function serveFolder(outDir: string, cleanUp: () => void): Promise<BuiltSite> {
  const requests: Array<string> = []
  let failing: {
    readonly match: RegExp
    readonly status: number
    readonly headers: Readonly<Record<string, string>>
  } | null = null
  const server: PreviewServer = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    plugins: [
      {
        name: 'pitboard-test-host',
        configurePreviewServer(host) {
          host.middlewares.use((request, response, next) => {
            const path = request.url ?? '/'
            requests.push(path)
            if (failing === null || !failing.match.test(path)) return next()
            response.writeHead(failing.status, { 'content-type': 'text/plain', ...failing.headers })
            response.end('gone')
          })
        },
      },
    ],
  })
  const url = server.resolvedUrls?.local[0]
  if (url === undefined) throw new Error('vite preview did not report its address')
  return {
    url,
    requests: () => requests,
    fail: (match, answer = { status: 404 }) => {
      failing =
        match === null ? null : { match, status: answer.status, headers: answer.headers ?? {} }
    },
    close: async () => {
      await server.close()
      cleanUp()
    },
  }
}

/** The production build of the site in a new temporary folder; returns the folder. */
export async function buildSite(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'pitboard-dist-'))
  // Vitest sets NODE_ENV=test, which would give a development build of React: build what ships.
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({ mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } })
  } finally {
    process.env.NODE_ENV = nodeEnv
  }
  return outDir
}

/** Lists one more series in a built site's data/index.json (a benchmark's or a test's season). */
export function addIndexSeries(
  outDir: string,
  series: { readonly id: string; readonly name: string; readonly seasons: ReadonlyArray<object> },
): void {
  const indexPath = join(outDir, 'data', 'index.json')
  const index = JSON.parse(readFileSync(indexPath, 'utf8')) as { series: Array<unknown> }
  index.series.push(series)
  writeFileSync(indexPath, JSON.stringify(index))
}
