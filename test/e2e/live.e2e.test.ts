import { rmSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { demoPhases } from '../../scripts/live/demo-race.ts'
import { startDemoWeekend, type DemoWeekend } from '../../scripts/live/demo-weekend.ts'
import { computeSeasonStandings } from '../../src/engine/scoring/season-standings.ts'
import { standingsAt } from '../../src/engine/scoring/standings.ts'
import { ordinal } from '../../src/model/ordinal.ts'
import { shippedFiles } from '../fixtures/shipped-season.ts'
import { launchChromium } from './browser.ts'
import { copyOfBuiltSite } from './built-site.ts'

/**
 * The demo weekend (`npm run demo:live`) in Chromium: 2023 race 11 at Indianapolis written by the
 * timing provider into a folder, turned into result files by `pitboard watch`, read by the page
 * through the season's manifest. Scheduled → live (eight running orders) → provisional at the
 * flag (Hart 2nd) → official after the stewards (Hart 9th), with a server that hangs and one that
 * answers 500 on the way (docs/dashboard.md#live).
 */
const SEASON = 'data/ccna/2023/'
const MANIFEST = `${SEASON}manifest.json`
let site: string
let weekend: DemoWeekend
let browser: Browser
let page: Page
const errors: Array<string> = []

const text = (selector: string) => page.locator(selector).innerText()

/**
 * Jason Hart in the Pro table after race 11 as the demo plays it: provisional (2nd at the flag),
 * then official (9th). His points before race 11 are reconstructed (only his 82 after race 8 is
 * published), so his place and gap are computed from the shipped files, not pinned.
 */
async function hartAfterRace11() {
  const { season, files } = await shippedFiles('ccna/2023')
  const r11 = files.get('r11')
  if (r11?.kind !== 'results') throw new Error('r11 must be shipped')
  const later = ['r12', 'r13', 'r14', 'r15', 'r16']
  const hartIn = (results: typeof r11.results) => {
    const weekend = new Map([...files].filter(([id]) => !later.includes(id)))
    weekend.set('r11', { kind: 'results', results })
    const standings = computeSeasonStandings(season, weekend)
    const pro = standings.championships.find((c) => c.championship.id === 'pro')
    const row = standingsAt(pro!, standings.scored.length - 1).find((r) => r.id === 'jason-hart')
    return { place: ordinal(row!.position), gap: row!.gapToLeader }
  }
  const phases = demoPhases(r11.results, '20', 2)
  return { provisional: hartIn(phases.at(-2)!), official: hartIn(phases.at(-1)!) }
}
const lines = () => page.locator('.booth-lines li > span:not(.status-badge)').allInnerTexts()
const dataRequests = () => weekend.server.requests().filter((r) => r.path.startsWith(SEASON))
/** Polls of the manifest that reached the server (answered or not). */
const polls = () => weekend.server.arrivals().filter((path) => path === MANIFEST).length
/** How many polls had reached the server when the page first said NOT UPDATING. */
let pollsWhenStale: number | null = null

beforeAll(async () => {
  site = copyOfBuiltSite()
  weekend = await startDemoWeekend({ manual: true, siteDir: site, pollMs: 100 })
  browser = await launchChromium()
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
  page = await context.newPage()
  page.on('pageerror', (error) => errors.push(error.message))
  // The moment the page turns stale, counted in polls rather than seconds (a busy machine slows
  // the page's clock and its polls alike).
  await page.exposeFunction('pitboardSawStale', () => {
    pollsWhenStale ??= polls()
  })
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.querySelector('.freshness.stale') !== null)
        void (Reflect.get(window, 'pitboardSawStale') as () => Promise<void>)()
    }).observe(document, { subtree: true, childList: true, attributes: true })
  })
  await page.goto(`${weekend.url}?series=ccna&season=2023&champ=pro&view=booth`)
  await page.locator('.booth-lines').waitFor()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await weekend?.close()
  rmSync(site, { recursive: true, force: true })
})

test('bug: the booth read out a running race as a result — its lines never count it', async () => {
  expect(await lines()).toContain('Dickinson has won 7 of 10 Pro races and leads Sargent by 103.')
  await weekend.next()
  expect(weekend.phase()).toBe('live 1/8')
  await expect
    .poll(() => lines())
    .toContainEqual(expect.stringMatching(/^If race 11 finished now, /))
  const read = await lines()
  expect(read).toContain('Dickinson has won 7 of 10 Pro races and leads Sargent by 103.')
  expect(read.join(' ')).not.toMatch(/of 11 |in 11 starts/)
  expect(
    await page.locator('.booth-board .status-badge:not(.status-reconstructed)').innerText(),
  ).toBe('LIVE')
  expect(await text('.live-banner')).toContain('not a result')
}, 90_000)

test('one request per poll while nothing changes; the changed file alone when it does', async () => {
  const before = dataRequests().length
  // Three polls with nothing new: each is the manifest alone, answered "not modified".
  await expect.poll(() => dataRequests().length - before).toBeGreaterThanOrEqual(3)
  expect(
    dataRequests()
      .slice(before, before + 3)
      .map((r) => `${r.path} ${r.status}`),
  ).toEqual([`${MANIFEST} 304`, `${MANIFEST} 304`, `${MANIFEST} 304`])
  const mark = dataRequests().length
  const since = () =>
    dataRequests()
      .slice(mark)
      .map((r) => r.path)
  await weekend.next()
  await expect.poll(since).toContain(`${SEASON}results/r11.json`)
  // And the poll after the one that found it: the manifest again, nothing else.
  const found = since().indexOf(`${SEASON}results/r11.json`)
  await expect.poll(() => since().slice(found + 1)).toContain(MANIFEST)
  const paths = since()
  const manifests = paths.filter((path) => path === MANIFEST).length
  // Per poll: the manifest, and once the changed result file.
  expect(paths.length).toBeLessThanOrEqual(2 * manifests)
  expect(paths.filter((path) => path !== MANIFEST)).toEqual([`${SEASON}results/r11.json`])
}, 90_000)

for (const failure of ['hang', 'http-500'] as const)
  test(`a server that ${failure === 'hang' ? 'hangs' : 'answers 500'} is marked stale within two polls, and recovers by itself`, async () => {
    // The streaming overlay is on air too: it says so as well.
    const overlay = await page.context().newPage()
    await overlay.goto(`${weekend.url}?series=ccna&season=2023&champ=pro&view=overlay`)
    await overlay.locator('.overlay-card').waitFor()
    await expect.poll(() => page.locator('.freshness.fresh').count()).toBe(1)
    pollsWhenStale = null
    const before = polls()
    weekend.server.setFailure(failure)
    await expect.poll(() => page.locator('.freshness.stale').count()).toBe(1)
    // Stale within two polls of the failure (a hung one counts once it times out).
    expect(pollsWhenStale).not.toBeNull()
    expect((pollsWhenStale ?? Infinity) - before).toBeLessThanOrEqual(2)
    expect(await text('.freshness.stale')).toMatch(/^NOT UPDATING/)
    expect(await page.locator('.is-stale .booth-board').count()).toBe(1)
    expect(await page.locator('.booth-board').isVisible()).toBe(true)
    await expect.poll(() => overlay.locator('.overlay-stale').count()).toBe(1)
    weekend.server.setFailure('none')
    await expect.poll(() => page.locator('.freshness.recovered').count()).toBe(1)
    expect(await text('.freshness.recovered')).toMatch(/^Back up to date at \d\d:\d\d:\d\d/)
    expect(await page.locator('.is-stale').count()).toBe(0)
    await expect.poll(() => overlay.locator('.overlay-stale').count()).toBe(0)
    await overlay.close()
  }, 90_000)

test('PROVISIONAL between the flag and the official result; the revision names what changed', async () => {
  while (weekend.phase() !== 'provisional') await weekend.next()
  const badge = page.locator('.booth-board .status-badge:not(.status-reconstructed)')
  await expect.poll(() => badge.innerText()).toBe('PROVISIONAL')
  expect(await text('.status-banner')).toBe(
    'PROVISIONAL: race 11 is not yet official. Points and places may still change.',
  )
  await expect
    .poll(() => lines())
    .toContain(
      'Provisionally (race 11 not yet official), Dickinson has won 8 of 11 Pro races and leads Sargent by 121.',
    )
  const expected = await hartAfterRace11()
  // He lost places with the penalty (2nd → 9th in the race): a larger gap, a lower place.
  expect(expected.official.gap).toBeGreaterThan(expected.provisional.gap)
  const hart = page.locator('.booth-gaps li').filter({ hasText: 'Jason Hart' })
  expect(await hart.locator('.booth-number').innerText()).toBe(String(expected.provisional.gap))

  await weekend.next()
  expect(weekend.phase()).toBe('official')
  await expect.poll(() => page.locator('.revisions').count()).toBe(1)
  const log = await text('.revisions')
  expect(log).toContain('provisional → official')
  expect(log).toContain('car 20 2nd → 9th')
  expect(log).toContain('Car 20 (Hart): 10-second time penalty, 2nd -> 9th')
  expect(log).toContain(
    `Pro: Jason Hart ${expected.provisional.place} → ${expected.official.place}, gap to leader ${expected.provisional.gap} → ${expected.official.gap}`,
  )
  // The board always says its status: OFFICIAL once the stewards have spoken.
  expect(await badge.innerText()).toBe('OFFICIAL')
  expect(await page.locator('.status-banner').count()).toBe(0)
  expect(errors).toEqual([])
}, 90_000)

test('presentation mode at 1920×1080: the gaps are the largest type, at least 64 px, white on black', async () => {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  const screen = await context.newPage()
  screen.on('pageerror', (error) => errors.push(error.message))
  const sizes = async () =>
    screen.$$eval('.booth-gap, .booth *:not(:has(*))', (elements) =>
      elements.map((e) => ({
        number: e.classList.contains('booth-gap'),
        size: parseFloat(getComputedStyle(e).fontSize),
        color: getComputedStyle(e).color,
      })),
    )
  for (const [champ, boards] of [
    ['pro', 1],
    ['all', 3],
  ] as const) {
    await screen.goto(`${weekend.url}?series=ccna&season=2023&champ=${champ}&view=booth&present=1`)
    await screen.locator('.booth-gap').first().waitFor()
    expect(await screen.locator('.booth-board').count()).toBe(boards)
    expect(await screen.locator('.app-header, .tabs-area, .as-of-row').count()).toBe(0)
    const measured = await sizes()
    const numbers = measured.filter((m) => m.number)
    expect(Math.min(...numbers.map((m) => m.size))).toBeGreaterThanOrEqual(64)
    expect(Math.max(...measured.filter((m) => !m.number).map((m) => m.size))).toBeLessThan(
      Math.min(...numbers.map((m) => m.size)),
    )
    expect(new Set(numbers.map((m) => m.color))).toEqual(new Set(['rgb(255, 255, 255)']))
    expect(
      await screen.evaluate(
        () => getComputedStyle(document.querySelector('.app')!).backgroundColor,
      ),
    ).toBe('rgb(0, 0, 0)')
  }
  // P leaves presentation mode, keyboard only.
  await screen.keyboard.press('p')
  await expect.poll(() => new URL(screen.url()).searchParams.get('present')).toBeNull()
  await context.close()
  expect(errors).toEqual([])
}, 90_000)
