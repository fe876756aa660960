import type { Browser, Page, Route } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { launchChromium } from './browser.ts'
import { serveBuild, type BuiltSite } from './serve-build.ts'

/**
 * Faults a real browser meets (issue 13): a lazily loaded file that is gone or failing, and a
 * redeploy under an open tab. Never a blank page; a way back without reloading when the server
 * recovers; a reload offered when the site changed.
 */
let site: BuiltSite
let browser: Browser
beforeAll(async () => {
  site = await serveBuild()
  browser = await launchChromium()
}, 120_000)
afterAll(async () => {
  await browser?.close()
  await site?.close()
})

async function open(query: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
  await page.goto(new URL(query, site.url).href)
  await page.locator('table.standings').waitFor()
  return page
}

const DRIVER_CHUNK = /\/assets\/driver-card-[^/]*\.js$/

describe('lazily loaded views', { timeout: 60_000 }, () => {
  for (const status of [404, 500]) {
    test(`bug: a ${status} for the Driver view's file blanked the page for good — a message, Retry, and the view once the server recovers`, async () => {
      const fail = (route: Route) => route.fulfill({ status, body: 'gone' })
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
      await page.route(DRIVER_CHUNK, fail)
      await page.goto(new URL('?series=ccna&season=2023&champ=pro', site.url).href)
      await page.locator('table.standings').waitFor()
      await page
        .getByRole('navigation', { name: 'View' })
        .getByRole('link', { name: 'Driver' })
        .click()
      const alert = page.getByRole('alert', { name: 'The Driver view could not be loaded' })
      await alert.waitFor()
      expect(await alert.innerText()).toContain('Check the connection and try again')
      // The rest of the page still works: the tabs, the race slider.
      expect(await page.getByRole('navigation', { name: 'View' }).isVisible()).toBe(true)
      // The server recovers: Retry loads the view without reloading the page.
      await page.unroute(DRIVER_CHUNK, fail)
      await page.getByRole('button', { name: 'Retry' }).click()
      await page.getByRole('combobox', { name: 'Driver' }).waitFor()
      expect(await page.getByRole('region', { name: 'Riley Dickinson' }).count()).toBe(1)
      // Back to the standings and forward again: still there.
      await page.goBack()
      await page.locator('table.standings').waitFor()
      await page.goForward()
      await page.getByRole('region', { name: 'Riley Dickinson' }).waitFor()
      await page.close()
    })
  }

  test('a redeploy under an open tab: the old file is gone and the site names a new entry — reload offered', async () => {
    const page = await open('?series=ccna&season=2023&champ=pro')
    await page.route(DRIVER_CHUNK, (route) => route.fulfill({ status: 404, body: 'gone' }))
    // The root page now loads another build's entry script.
    await page.route(
      (url) => url.pathname === '/' && url.search === '',
      (route) =>
        route.fulfill({
          status: 200,
          contentType: 'text/html',
          body: '<!doctype html><script type="module" crossorigin src="./assets/index-NEWBUILD.js"></script>',
        }),
    )
    await page
      .getByRole('navigation', { name: 'View' })
      .getByRole('link', { name: 'Driver' })
      .click()
    await page.getByRole('button', { name: 'Reload the page' }).waitFor()
    expect(
      await page.getByRole('alert', { name: 'The Driver view could not be loaded' }).innerText(),
    ).toContain('Pitboard was updated since this page was opened')
    await page.close()
  })
})

describe('Content-Security-Policy', { timeout: 120_000 }, () => {
  test('bug: the page had no Content-Security-Policy — a strict one, and not one violation on any view, the theme applied and a PNG exported', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
    await context.addInitScript(() => {
      localStorage.setItem('pitboard-theme', 'dark')
      const seen: Array<string> = []
      Object.assign(window, { cspViolations: seen })
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      )
    })
    const page = await context.newPage()
    const violations: Array<string> = []
    const views = [
      '?series=ccna&season=2023&champ=pro',
      '?series=ccna&season=2023&champ=pro&view=results',
      '?series=ccna&season=2023&champ=pro&view=chart&chart=points',
      '?series=ccna&season=2023&champ=pro&view=h2h',
      '?series=ccna&season=2023&champ=pro&view=driver',
      '?series=ccna&season=2023&champ=pro&view=booth&present=1',
      '?series=ccna&season=2023&champ=pro&view=whatif',
      '?series=ccna&season=2023&champ=pro&view=overlay&card=gap',
    ]
    for (const query of views) {
      await page.goto(new URL(query, site.url).href)
      await page.waitForLoadState('networkidle')
      violations.push(
        ...(await page.evaluate(() => Reflect.get(window, 'cspViolations') as string[])),
      )
    }
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content')
    expect(policy).toContain("script-src 'self' 'sha256-")
    expect(policy).not.toContain('unsafe-eval')
    expect(policy?.match(/script-src[^;]*/)?.[0]).not.toContain('unsafe-inline')
    // The inline theme script ran (its hash is allowed): dark before the app even starts.
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
    // A broadcast PNG is drawn through an image of the SVG: allowed too.
    await page.goto(new URL('?series=ccna&season=2023&champ=pro', site.url).href)
    await page.locator('table.standings').waitFor()
    await page.getByText('Export').click()
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: /PNG/ }).first().click()
    expect((await download).suggestedFilename()).toMatch(/\.png$/)
    violations.push(
      ...(await page.evaluate(() => Reflect.get(window, 'cspViolations') as string[])),
    )
    expect(violations).toEqual([])
    // The listener does hear a violation: an injected inline script is blocked and reported.
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'document.title = "injected"'
      document.head.append(script)
    })
    await expect
      .poll(() => page.evaluate(() => Reflect.get(window, 'cspViolations') as string[]))
      .toEqual([expect.stringContaining('script-src-elem')])
    expect(await page.title()).not.toBe('injected')
    await context.close()
  })
})
