import { createRequire } from 'node:module'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { dashboardInChromium, VIEWS } from './dashboard-browser.ts'

/**
 * axe on every kind of view, in the light and the dark scheme: no serious or critical violation
 * (docs/dashboard.md#accessibility). Each view is opened once and checked in both schemes, the
 * scheme switched as a system setting would (the colours are CSS light-dark()).
 */
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const dashboard = dashboardInChromium()
let themed: BrowserContext
beforeAll(async () => {
  themed = await dashboard.browser.newContext({
    viewport: { width: 1400, height: 1000 },
    colorScheme: 'light',
    // axe is injected as an inline script: test tooling, not the site, so the site's
    // Content-Security-Policy (which blocks inline scripts) is bypassed for it.
    bypassCSP: true,
  })
})
afterAll(() => themed?.close())

interface AxeResult {
  readonly violations: ReadonlyArray<{
    readonly id: string
    readonly impact: string
    readonly nodes: ReadonlyArray<{ readonly target: unknown }>
  }>
}

async function seriousViolations(page: Page): Promise<ReadonlyArray<string>> {
  return page.evaluate(async () => {
    const axe = Reflect.get(globalThis, 'axe') as {
      run: (options: object) => Promise<AxeResult>
    }
    // Violations in full; passes are not needed, which halves the work.
    const result = await axe.run({ resultTypes: ['violations'] })
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`)
  })
}

const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor)

test.each(VIEWS)('axe, light and dark: nothing serious on %s', async (query) => {
  const page = await dashboard.open(query, themed)
  // The one tab of the window was left dark by the view before.
  await page.emulateMedia({ colorScheme: 'light' })
  if (query.includes('view=chart')) {
    await page.locator('.recharts-line path').first().waitFor({ state: 'attached' })
    // With the tooltip open: its text is checked too.
    await page.locator('.recharts-wrapper').first().hover()
    await page.locator('.recharts-tooltip-wrapper li').first().waitFor()
  }
  await page.addScriptTag({ path: AXE })
  expect(await background(page)).toBe('rgb(246, 247, 249)')
  expect(await seriousViolations(page), `light ${query}`).toEqual([])
  await page.emulateMedia({ colorScheme: 'dark' })
  expect(await background(page)).toBe('rgb(17, 19, 24)')
  expect(await seriousViolations(page), `dark ${query}`).toEqual([])
})

test('no page logged a console error', () => {
  expect(dashboard.consoleErrors).toEqual([])
})
