import react from '@vitejs/plugin-react'
import { configDefaults, defineConfig } from 'vitest/config'
import { contentSecurityPolicy } from './scripts/vite/content-security-policy.ts'
import { earlyReads } from './scripts/vite/early-reads.ts'

/*
 * Two test projects (docs/testing.md): `unit` (engine, data, CLI, components in jsdom; the edit
 * loop, `npm run test:unit`) and `e2e` (the built site in Chromium; the site is built once per
 * run by its global setup). `npm test` runs both. Timeouts are hang guards sized for a busy
 * 2-core machine, never a measure of speed (that is `npm run bench`).
 */
export default defineConfig({
  plugins: [react(), earlyReads(), contentSecurityPolicy()],
  base: './',
  build: {
    rolldownOptions: {
      output: {
        // Everything the first view loads in one file: left alone, Rolldown splits modules that
        // lazily loaded views share with the entry into small chunks of their own (React, parts
        // of the engine), which the page must fetch before it starts anyway (docs/performance.md).
        codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] },
      },
    },
  },
  test: {
    // Every core: unit files and browser files run side by side (Vitest's default leaves one
    // core idle, and the suite took twice as long on two cores).
    maxWorkers: '100%',
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    // expect.poll waits on what a page shows or a server sees; 1 s (the default) fails under load.
    expect: { poll: { timeout: 30_000, interval: 100 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          pool: 'threads',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, 'test/e2e/**'],
          environment: 'node',
          setupFiles: ['./test/setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['./test/e2e/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
