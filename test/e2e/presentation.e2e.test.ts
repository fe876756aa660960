import { rmSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startDemoWeekend, type DemoWeekend } from '../../scripts/live/demo-weekend.ts'
import { launchChromium } from './browser.ts'
import { copyOfBuiltSite, serveBuiltSite } from './built-site.ts'
import type { BuiltSite } from './serve-build.ts'

/**
 * Presentation mode on the screens a production uses (docs/dashboard.md#booth): at 1280 × 720,
 * 1920 × 1080 and 3840 × 2160, top 2, 5 and 10, every class side by side and a pair across
 * classes, light and dark, every board lies inside the window, no text is cut or overflows, the
 * gap is the largest type on its board (≥ 64 px at 1920 × 1080), the status word is on screen.
 * Then the demo weekend: when race 11 turns official with Hart's penalty, the board says so for
 * 12 s (the page's clock driven by the test) and the booth off air keeps it above the fold.
 */
let browser: Browser
let site: BuiltSite
const errors: Array<string> = []

beforeAll(async () => {
  site = await serveBuiltSite()
  browser = await launchChromium()
}, 120_000)
afterAll(async () => {
  await browser?.close()
  await site?.close()
})

const SCREENS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
] as const
const BOOTH = 'view=booth&present=1'
const SCREENFULS = [
  `?series=ccna&season=2023&champ=pro&${BOOTH}&top=2`,
  // The two-line clinch sentence once cut mid-line ("…finishing ahead of Sargent and").
  `?series=ccna&season=2023&champ=pro&${BOOTH}&asOf=r11`,
  `?series=ccna&season=2024&champ=pro&${BOOTH}&top=10`,
  `?series=ccna&season=2023&champ=all&${BOOTH}&top=10`,
  `?series=ccna&season=2023&champ=all&${BOOTH}&compare=tom-sargent,efrin-castro`,
  `?series=f1&season=2021&${BOOTH}&asOf=r21&top=10`,
  // The permutations board (key T): its status on screen as on every board.
  `?series=ccna&season=2023&champ=pro&${BOOTH}&asOf=r11&board=permutations`,
]
const STATUS = /^(OFFICIAL|LIVE|PROVISIONAL|HYPOTHETICAL)$/

interface Measured {
  readonly boards: ReadonlyArray<{
    readonly box: readonly [number, number, number, number]
    readonly gap: number
    readonly largestOther: number
    readonly status: string
    readonly statusBox: readonly [number, number, number, number]
    /** The type scale use-fit.ts settled on: 1 unless the safety net had to shrink it. */
    readonly fit: string
  }>
  /** Every element of the booth that is wider or taller than its box, and by what. */
  readonly overflowing: ReadonlyArray<string>
  readonly others: ReadonlyArray<readonly [number, number, number, number]>
  readonly page: readonly [number, number]
  /** The smallest type with text on screen, and what it says. */
  readonly smallest: readonly [number, string]
}

/** The booth on screen, measured in the page. */
function measure(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    const box = (element: Element) => {
      const r = element.getBoundingClientRect()
      return [r.left, r.top, r.right, r.bottom] as const
    }
    const size = (element: Element) => parseFloat(getComputedStyle(element).fontSize)
    const hasText = (element: Element) =>
      [...element.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && /\S/.test(n.textContent ?? ''),
      )
    const boards = [...document.querySelectorAll('.booth-board')].map((board) => {
      const gaps = [...board.querySelectorAll('.booth-gap')].map(size)
      const others = [...board.querySelectorAll('*:not(.sr-only)')]
        .filter((e) => hasText(e) && !e.classList.contains('booth-gap'))
        .map(size)
      const status = board.querySelector('.booth-after .status-badge')
      return {
        box: box(board),
        gap: Math.min(...gaps),
        largestOther: Math.max(...others),
        status: status?.textContent ?? '',
        statusBox: status === null ? ([0, 0, 0, 0] as const) : box(status),
        // The permutations board fits by counting its lines (model/board-fit.ts), not by --fit.
        fit: board.hasAttribute('data-fit')
          ? getComputedStyle(board).getPropertyValue('--fit')
          : '1',
      }
    })
    const overflowing = [...document.querySelectorAll('.booth, .booth *:not(.sr-only)')]
      .filter((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)
      .map(
        (e) =>
          `${e.className} "${e.textContent?.slice(0, 40)}": ${e.scrollWidth}×${e.scrollHeight} in ${e.clientWidth}×${e.clientHeight}`,
      )
    const others = [...document.querySelectorAll('.booth-side, .booth-footer, .booth-mode')].map(
      box,
    )
    const { scrollWidth, scrollHeight } = document.documentElement
    const smallest = [...document.querySelectorAll('.presentation *:not(.sr-only)')]
      .filter(hasText)
      .map((e) => [size(e), e.textContent?.trim().slice(0, 30) ?? ''] as const)
      .reduce((a, b) => (b[0] < a[0] ? b : a), [Infinity, ''] as const)
    return { boards, overflowing, others, page: [scrollWidth, scrollHeight] as const, smallest }
  })
}

/** The address in presentation mode, once its boards, fit and title picture are in. */
async function openBooth(page: Page, query: string): Promise<Measured> {
  await page.goto(new URL(query, site.url).href)
  await page.locator('.booth-board').first().waitFor()
  await page.waitForFunction(
    () =>
      document.querySelector('[aria-busy="true"]') === null &&
      !document.querySelector('.booth-side')?.textContent?.startsWith('Working out'),
  )
  return measure(page)
}

describe('presentation mode always fits', { timeout: 180_000 }, () => {
  for (const [index, screen] of SCREENS.entries())
    test(`${screen.width} × ${screen.height}: every board inside, nothing cut, the gap the largest type`, async ({
      annotate,
    }) => {
      const context = await browser.newContext({ viewport: screen, deviceScaleFactor: 1 })
      const page = await context.newPage()
      page.on('pageerror', (error) => errors.push(error.message))
      for (const [at, query] of SCREENFULS.entries()) {
        // Light and dark in turn: each address sees both schemes over the three screens.
        const colorScheme = (at + index) % 2 === 0 ? 'dark' : 'light'
        await page.emulateMedia({ colorScheme })
        const measured = await openBooth(page, query)
        const where = `${query} (${colorScheme})`
        const inside = ([left, top, right, bottom]: readonly [number, number, number, number]) =>
          left >= 0 && top >= 0 && right <= screen.width && bottom <= screen.height
        expect(measured.page, where).toEqual([screen.width, screen.height])
        expect(measured.overflowing, where).toEqual([])
        expect(measured.others.every(inside), where).toBe(true)
        expect(measured.boards.length, where).toBeGreaterThan(0)
        // No type on air below 1.4 % of the screen's height (10 px at 720p, 15 px at 1080p).
        expect(measured.smallest[0], `${where}: "${measured.smallest[1]}"`).toBeGreaterThanOrEqual(
          screen.height * 0.014,
        )
        for (const board of measured.boards) {
          expect(inside(board.box), where).toBe(true)
          expect(board.status, where).toMatch(STATUS)
          expect(inside(board.statusBox), where).toBe(true)
          expect(board.gap, where).toBeGreaterThanOrEqual(board.largestOther)
          // The layout alone fits these boards: the safety net is not what holds them.
          expect(board.fit, where).toBe('1')
          if (screen.height === 1080 && measured.boards.length <= 3)
            expect(board.gap, where).toBeGreaterThanOrEqual(64)
        }
        // The gap's size on each board, in the test report.
        await annotate(
          `${query}: gap ${measured.boards.map((b) => Math.round(b.gap)).join(', ')} px`,
        )
      }
      // A way out of presentation mode that is not only a key.
      await page.getByRole('link', { name: /^Leave presentation/ }).click()
      await expect.poll(() => new URL(page.url()).searchParams.get('present')).toBeNull()
      await page.getByRole('link', { name: /^Presentation mode/ }).click()
      await expect.poll(() => new URL(page.url()).searchParams.get('present')).toBe('1')
      await context.close()
      expect(errors).toEqual([])
    })
})

describe('a revision on air', { timeout: 120_000 }, () => {
  let weekend: DemoWeekend
  let siteDir: string
  beforeAll(async () => {
    siteDir = copyOfBuiltSite()
    weekend = await startDemoWeekend({ manual: true, siteDir, pollMs: 100 })
  }, 120_000)
  afterAll(async () => {
    await weekend?.close()
    rmSync(siteDir, { recursive: true, force: true })
  })

  test('race 11 turns official: the board says who moved and why for 12 s, then settles; off air it stays above the fold', async () => {
    while (weekend.phase() !== 'provisional') await weekend.next()
    const context = await browser.newContext({
      viewport: { width: 1920, height: 1080 },
      deviceScaleFactor: 1,
    })
    const page = await context.newPage()
    page.on('pageerror', (error) => errors.push(error.message))
    // The page's clock is the test's: a revision's 12 s on air are counted, not waited for.
    await page.clock.install()
    await page.goto(`${weekend.url}?series=ccna&season=2023&champ=pro&${BOOTH}`)
    const status = page.locator('.booth-after .status-badge').first()
    await expect.poll(() => status.innerText()).toBe('PROVISIONAL')
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000)
    await weekend.next()
    // The next poll (every 10 s while provisional) finds the official result.
    await page.clock.fastForward(10_000)
    const band = page.locator('.booth-board .booth-revision')
    // The page's own timers run in steps of 20 ms until the board says it: that long after.
    let since = 0
    while ((await band.count()) === 0 && since < 3_000) {
      await page.clock.runFor(20)
      since += 20
    }
    const said = 'OFFICIAL — R11: Hart 4th → 5th and Sedgwick 5th → 4th'
    expect(await band.innerText()).toContain(said)
    expect(await band.innerText()).toContain('Car 20 (Hart): 10-second time penalty, 2nd -> 9th')
    expect(await status.innerText()).toBe('OFFICIAL')
    expect((await measure(page)).overflowing).toEqual([])
    await page.clock.fastForward(9_000 - since)
    await page.clock.runFor(50)
    expect(await band.innerText()).toContain(said)
    await page.clock.fastForward(6_000)
    await page.clock.runFor(50)
    await expect.poll(() => band.count()).toBe(0)
    expect(await status.innerText()).toBe('OFFICIAL')
    // Off air the latest revision stays, above the fold.
    await page.clock.resume()
    await page.keyboard.press('Escape')
    const latest = page.locator('.booth-latest-revision')
    await latest.waitFor()
    expect(await latest.innerText()).toContain(said)
    const top = await latest.evaluate((e) => e.getBoundingClientRect().bottom)
    expect(top).toBeLessThan(1080)
    await context.close()
    expect(errors).toEqual([])
  })
})
