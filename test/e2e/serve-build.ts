import { mkdtempSync, rmSync } from 'node:fs'
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
export async function serveBuild(): Promise<BuiltSite> {
  const outDir = mkdtempSync(join(tmpdir(), 'pitboard-dist-'))
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } })
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
