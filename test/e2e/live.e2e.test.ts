import { readFileSync, rmSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { demoPhases } from '../../scripts/live/demo-race.ts'
import { startDemoServer, type DemoServer } from '../../scripts/live/demo-server.ts'
import type { RaceResults } from '../../src/engine/types.ts'
import { launchChromium } from './browser.ts'
import { buildSite } from './serve-build.ts'

/**
 * A race weekend in Chromium, driven through the demo:live server: 2023 race 11 live, the data
 * server failing and recovering, then provisional at the flag (Hart 2nd) and official after the
 * stewards (Hart 9th), with the revision log saying what changed.
 */
const RACE = 'data/ccna/2023/results/r11.json'
const official = JSON.parse(readFileSync(`public/${RACE}`, 'utf8')) as RaceResults
const phases = demoPhases(official, '20', 2)
let outDir: string
let server: DemoServer
let browser: Browser
let page: Page
const errors: Array<string> = []

const show = (phase: number) => server.override(RACE, JSON.stringify(phases[phase]))
const text = (selector: string) => page.locator(selector).innerText()

beforeAll(async () => {
  outDir = await buildSite()
  server = await startDemoServer(outDir)
  for (const race of ['r12', 'r13', 'r14', 'r15', 'r16'])
    server.override(`data/ccna/2023/results/${race}.json`, null)
  show(1)
  browser = await launchChromium()
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
  page = await context.newPage()
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`${server.url}?series=ccna&season=2023&champ=pro`)
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  rmSync(outDir, { recursive: true, force: true })
})

test(
  'live → failing server → recovery → provisional → official with a penalty',
  { timeout: 90_000 },
  async () => {
    const poll = { timeout: 15_000 }
    // Live: as it stands, marked as not a result, with points gained in the race.
    await expect.poll(() => text('.live-banner'), poll).toContain('LIVE')
    expect(await text('.live-banner')).toContain(
      'R11 Indianapolis: standings as it stands, if the race ended now — not a result.',
    )
    expect(await page.getByRole('columnheader', { name: 'Live' }).count()).toBe(1)

    // A file cut off mid-upload: the last good version stays, marked stale.
    server.setFailure('truncated')
    await expect.poll(() => page.locator('.stale').count(), poll).toBe(1)
    expect(await text('.stale')).toMatch(
      /^Stale since \d\d:\d\d\. The latest R11 file could not be used/,
    )
    expect(await text('.live-banner')).toContain('LIVE')
    // The whole server down: the standings stay, the marker says so.
    server.setFailure('http-500')
    await expect.poll(() => text('.stale'), poll).toContain('The data server is not answering')
    expect(await page.getByRole('table', { name: 'Pro standings' }).isVisible()).toBe(true)
    // Back up: the marker goes by itself.
    server.setFailure('none')
    await expect.poll(() => page.locator('.stale').count(), poll).toBe(0)

    // The flag: provisional, Hart 2nd, no longer live.
    show(phases.length - 2)
    await expect.poll(() => page.locator('.live-banner').count(), poll).toBe(0)
    const hart = page.getByRole('row').filter({ hasText: 'Jason Hart' })
    await expect.poll(() => hart.locator('td.pts').innerText(), poll).toBe('133')

    // The stewards: official, Hart 9th; the revision log says what moved and why.
    show(phases.length - 1)
    await expect.poll(() => page.locator('.revisions').count(), poll).toBe(1)
    const log = await text('.revisions')
    expect(log).toContain('car 20 2nd → 9th')
    expect(log).toContain('Car 20 (Hart): 10-second time penalty, 2nd -> 9th')
    expect(log).toMatch(/Pro: Jason Hart 4th → 6th, gap to leader 148 → 161/)
    expect(await hart.locator('td.pts').innerText()).toBe('120')

    // Unchanged files were revalidated, not downloaded again.
    expect(server.requests().filter((r) => r.status === 304).length).toBeGreaterThan(10)
    expect(errors).toEqual([])
  },
)
