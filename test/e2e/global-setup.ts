import { rmSync } from 'node:fs'
import type { TestProject } from 'vitest/node'
import { ensureChromium } from './browser.ts'
import { buildSite } from './serve-build.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site built once for this run (global-setup.ts); copied by each test that serves it. */
    readonly builtSite: string
  }
}

/**
 * Once per run, before any browser test: Chromium is there (installed with apt when root) and
 * the site is built once for every e2e file (test/e2e/built-site.ts). Removed at the end.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  ensureChromium()
  const dir = await buildSite()
  project.provide('builtSite', dir)
  return () => rmSync(dir, { recursive: true, force: true })
}
