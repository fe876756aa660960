import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build, preview, type PreviewServer } from 'vite'

export interface BuiltSite {
  readonly url: string
  readonly close: () => Promise<void>
}

/**
 * Builds the site into a temporary folder and serves it with `vite preview`, as a static host
 * would; nothing is left running or written into the project.
 */
export async function serveBuild(
  /** Adds files to the built site before it is served (a benchmark's own season). */
  extra?: (outDir: string) => void,
): Promise<BuiltSite> {
  const outDir = await buildSite()
  extra?.(outDir)
  const server: PreviewServer = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  })
  const url = server.resolvedUrls?.local[0]
  if (url === undefined) throw new Error('vite preview did not report its address')
  return {
    url,
    close: async () => {
      await server.close()
      rmSync(outDir, { recursive: true, force: true })
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
