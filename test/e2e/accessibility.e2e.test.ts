import { createRequire } from 'node:module'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { dashboardInChromium, VIEWS } from './dashboard-browser.ts'

/**
 * axe on every kind of view, in the light and the dark scheme, on a desktop and a phone: no
 * serious or critical violation, targets of at least 24 × 24 px included (axe's `target-size`,
 * WCAG 2.5.8, off by default in axe and switched on here; docs/dashboard.md#accessibility). Each
 * view is opened once per size and checked in both schemes, the scheme switched as a system
 * setting would (the colours are CSS light-dark()).
 */
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const dashboard = dashboardInChromium()
const SIZES = { desktop: { width: 1400, height: 1000 }, phone: { width: 390, height: 844 } }
const themed = new Map<keyof typeof SIZES, BrowserContext>()
beforeAll(async () => {
  for (const [size, viewport] of Object.entries(SIZES))
    themed.set(
      size === 'phone' ? 'phone' : 'desktop',
      await dashboard.browser.newContext({
        viewport,
        colorScheme: 'light',
        // axe is injected as an inline script: test tooling, not the site, so the site's
        // Content-Security-Policy (which blocks inline scripts) is bypassed for it.
        bypassCSP: true,
      }),
    )
})
afterAll(async () => {
  for (const context of themed.values()) await context.close()
})

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
    const result = await axe.run({
      resultTypes: ['violations'],
      rules: { 'target-size': { enabled: true } },
    })
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`)
  })
}

const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor)

const CASES = VIEWS.flatMap((query) =>
  (['desktop', 'phone'] as const).map((size) => [size, query] as const),
)

test.each(CASES)('axe, light and dark, %s: nothing serious on %s', async (size, query) => {
  const context = themed.get(size)
  if (context === undefined) throw new Error(`no ${size} context`)
  const page = await dashboard.open(query, context)
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
  expect(await seriousViolations(page), `light ${size} ${query}`).toEqual([])
  await page.emulateMedia({ colorScheme: 'dark' })
  expect(await background(page)).toBe('rgb(17, 19, 24)')
  expect(await seriousViolations(page), `dark ${size} ${query}`).toEqual([])
})

/** Presentation mode: white on black in either scheme; the boards, a pair, three classes, T. */
const PRESENT = [
  '?series=ccna&season=2023&champ=pro&view=booth&asOf=r11&present=1&top=5',
  '?series=ccna&season=2024&champ=all&view=booth&asOf=r14&present=1&top=10',
  '?series=ccna&season=2023&champ=all&view=booth&present=1&compare=tom-sargent,efrin-castro',
  '?series=ccna&season=2023&champ=pro&view=booth&asOf=r11&present=1&board=permutations',
]
const PRESENT_CASES = PRESENT.flatMap((query) =>
  (['desktop', 'phone'] as const).map((size) => [size, query] as const),
)

test.each(PRESENT_CASES)(
  'axe on air, light and dark, %s: nothing serious on %s',
  async (size, query) => {
    const context = themed.get(size)
    if (context === undefined) throw new Error(`no ${size} context`)
    const page = await dashboard.open(query, context)
    await page.addScriptTag({ path: AXE })
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      expect(await background(page)).toBe('rgb(0, 0, 0)')
      expect(await seriousViolations(page), `${scheme} ${size} ${query}`).toEqual([])
    }
  },
)

test('no page logged a console error', () => {
  expect(dashboard.consoleErrors).toEqual([])
})
