import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inject } from 'vitest'
import { serveFolder, type BuiltSite } from './serve-build.ts'

/**
 * A private copy of the site built once for this run (global-setup.ts), for a test that changes
 * it (adds a season, replays a weekend). Copying is a fraction of a second; building is not.
 */
export function copyOfBuiltSite(): string {
  const copy = mkdtempSync(join(tmpdir(), 'pitboard-site-'))
  cpSync(inject('builtSite'), copy, { recursive: true })
  return copy
}

/** The run's build served by `vite preview` from a private copy; `extra` adds files first. */
export async function serveBuiltSite(extra?: (outDir: string) => void): Promise<BuiltSite> {
  const dir = copyOfBuiltSite()
  extra?.(dir)
  return serveFolder(dir, () => rmSync(dir, { recursive: true, force: true }))
}
