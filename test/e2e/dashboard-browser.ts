import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { launchChromium } from './browser.ts'
import { serveBuiltSite } from './built-site.ts'
import type { BuiltSite } from './serve-build.ts'

/** Views of every kind, on both series, for checks that hold everywhere (axe, a phone). */
export const VIEWS = [
  '?series=ccna&season=2023&champ=pro',
  '?series=ccna&season=2023&champ=all',
  '?series=ccna&season=2023&champ=am&view=results',
  '?series=ccna&season=2023&champ=pro&view=chart&asOf=r08',
  '?series=ccna&season=2023&champ=pro&view=chart&chart=pair&compare=tom-sargent,will-martin&asOf=r08',
  '?series=ccna&season=2024&champ=masters&view=chart&chart=position',
  '?series=ccna&season=2023&champ=pro&view=h2h&compare=riley-dickinson,tom-sargent',
  '?series=ccna&season=2023&view=driver&driver=efrin-castro',
  '?series=ccna&season=2023&champ=pro&view=booth&asOf=r11',
  '?series=ccna&season=2023&champ=pro&view=whatif&whatif=r13:17pf.53.9',
  '?series=ccna&season=2023&champ=pro&view=permutations&asOf=r11',
  '?series=f1&season=2016&champ=constructors',
  '?series=f1&season=2016&view=results',
  '?series=mustang&season=2026&champ=dh&view=results',
  '?series=ccna&season=2023&champ=all&view=h2h&compare=tom-sargent,efrin-castro',
  '?series=ccna&season=2023&champ=all&view=chart&chart=pair&compare=tom-sargent,efrin-castro',
]

export interface Dashboard {
  readonly site: BuiltSite
  readonly browser: Browser
  /** A 1400 × 1000 window. */
  readonly context: BrowserContext
  /** Every console error and uncaught exception of a page opened with `open`. */
  readonly consoleErrors: ReadonlyArray<string>
  /**
   * The window's one tab (`on`, or the 1400 × 1000 one) loaded at `query`, once the view, its
   * lazily loaded code and the scenarios are in. Every call loads the address anew in that tab.
   */
  readonly open: (query: string, on?: BrowserContext) => Promise<Page>
}

/**
 * The run's build served and a Chromium for one test file (registers its beforeAll and
 * afterAll): the fields are there once the file's tests run.
 */
export function dashboardInChromium(): Dashboard {
  let site: BuiltSite | undefined
  let browser: Browser | undefined
  let context: BrowserContext | undefined
  const consoleErrors: Array<string> = []
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the dashboard is not started: use it inside a test')
    return value
  }
  beforeAll(async () => {
    site = await serveBuiltSite()
    browser = await launchChromium()
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
  }, 120_000)
  afterAll(async () => {
    await context?.close()
    await browser?.close()
    await site?.close()
  })
  // One tab per window, taken to each address in turn (a new load every time): a new tab per
  // address costs Chromium a new renderer, over twice the CPU on a 2-core machine.
  const tabs = new WeakMap<BrowserContext, { readonly page: Page; at: string }>()
  const tabOf = async (window: BrowserContext) => {
    const tab = tabs.get(window)
    if (tab !== undefined && !tab.page.isClosed()) return tab
    const page = await window.newPage()
    const fresh = { page, at: '' }
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${fresh.at}: ${message.text()}`)
    })
    page.on('pageerror', (error) => consoleErrors.push(`${fresh.at}: ${error.message}`))
    tabs.set(window, fresh)
    return fresh
  }
  const open = async (query: string, on?: BrowserContext): Promise<Page> => {
    const tab = await tabOf(on ?? ready(context))
    const { page } = tab
    tab.at = query
    await page.goto(new URL(query, ready(site).url).href)
    // A view, or presentation mode's screen (which has no view around it).
    await page.locator('.view, .presentation').first().waitFor()
    // A lazily loaded view shows a skeleton until its file is in: wait for the view itself.
    await page.locator('.skeleton').waitFor({ state: 'detached' })
    // The title scenarios arrive from the scenario worker just after the table: wait for them.
    await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null)
    return page
  }
  return {
    get site() {
      return ready(site)
    },
    get browser() {
      return ready(browser)
    },
    get context() {
      return ready(context)
    },
    consoleErrors,
    open,
  }
}
