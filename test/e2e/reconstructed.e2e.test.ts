import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, inject, test } from 'vitest'
import { dashboardInChromium } from './dashboard-browser.ts'

/**
 * Reconstructed means marked (issue 24 #5), in Chromium on the built site: the 2024 Pro-Am after
 * race 2, where the placeholder "Pro-Am entry A" stands among the leaders, marked in words in the
 * table and on the booth's presentation screen; and "How it was built" opening as a page (its
 * Markdown drawn, its "—" and "→" as written), loaded only when it is opened.
 */
const dashboard = dashboardInChromium()
const { open } = dashboard
const PRO_AM = '?series=ccna&season=2024&champ=pro-am&asOf=r02'
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/** axe's serious and critical findings on the page, in the scheme it is shown in. */
async function seriousViolations(page: Page): Promise<ReadonlyArray<string>> {
  await page.addScriptTag({ path: AXE })
  return page.evaluate(async () => {
    const axe = Reflect.get(globalThis, 'axe') as {
      run: (options: object) => Promise<{
        violations: ReadonlyArray<{ id: string; impact: string; nodes: ReadonlyArray<object> }>
      }>
    }
    const result = await axe.run({ resultTypes: ['violations'] })
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.length}`)
  })
}

describe('reconstructed data in Chromium', { timeout: 90_000 }, () => {
  test('"How it was built" opens as a readable page, headings and non-ASCII characters as written', async () => {
    const page = await open(PRO_AM)
    // The table marks the placeholder in words beside its name.
    const entryA = page
      .getByRole('table', { name: 'Pro-Am standings' })
      .getByRole('rowheader')
      .filter({ has: page.getByRole('link', { name: 'Pro-Am entry A', exact: true }) })
    expect(await entryA.innerText()).toMatch(/^Pro-Am entry A\s+PLACEHOLDER/)
    // Each result the solver filled in is counted and marked; the two published ones are not.
    expect(await page.locator('.provenance-note').innerText()).toMatch(
      /^Reconstructed results, not official: 20 of the 22 results counted here were filled in, marked †; 2 are published\./,
    )
    // The page and its Markdown reader are not part of the first load.
    const loadedCode = () =>
      dashboard.site.requests().filter((path) => /\/assets\/about-/.test(path))
    expect(loadedCode()).toEqual([])
    await page.getByRole('link', { name: 'How it was built' }).click()
    const title = page.getByRole('heading', { level: 1 })
    await title.waitFor()
    expect(new URL(page.url()).searchParams.get('view')).toBe('about')
    expect(loadedCode().length).toBeGreaterThan(0)
    // Headings, not "#" characters; "—" read as UTF-8, never "â€”".
    expect(await title.innerText()).toBe(
      'Porsche Carrera Cup North America 2023 and 2024 — reconstructed data',
    )
    const sections = await page.getByRole('heading', { level: 2 }).allInnerTexts()
    expect(sections).toContain('How the files are made')
    expect(sections).toContain('Readings of conflicting or ambiguous statements')
    const text = await page.locator('.about-page').innerText()
    expect(text).not.toMatch(/^#+ |\*\*|â€/m)
    expect(
      await page.getByRole('region', { name: 'Table: file, what it holds' }).innerText(),
    ).toContain('source keys → URLs')
    // And back to the standings.
    await page
      .getByRole('link', { name: /^← Back to Porsche Carrera Cup North America 2024$/ })
      .click()
    await page.getByRole('table', { name: 'Pro-Am standings' }).waitFor()
    expect(dashboard.consoleErrors).toEqual([])
  })

  test('axe, light and dark: nothing serious on the marked table, the grid and the page', async () => {
    // axe is injected as an inline script: the site's Content-Security-Policy is bypassed for it.
    const themed = await dashboard.browser.newContext({
      viewport: { width: 1400, height: 1000 },
      bypassCSP: true,
    })
    for (const query of [PRO_AM, `${PRO_AM}&view=results`]) {
      const page = await open(query, themed)
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme })
        expect(await seriousViolations(page), `${query} ${colorScheme}`).toEqual([])
      }
    }
    const page = await open(PRO_AM, themed)
    await page.getByRole('link', { name: 'How it was built' }).click()
    await page.getByRole('heading', { level: 1 }).waitFor()
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      expect(await seriousViolations(page), `about ${colorScheme}`).toEqual([])
    }
    await themed.close()
  })

  test('presentation mode: the board says RECONSTRUCTED and marks the placeholder', async () => {
    const screen = await dashboard.browser.newContext({ viewport: { width: 1920, height: 1080 } })
    const page = await screen.newPage()
    // The pair picked, so the placeholder is on the board wherever the solver placed it.
    const query = `${PRO_AM}&view=booth&present=1&compare=marco-cirone,pro-am-entry-a`
    await page.goto(new URL(query, dashboard.site.url).href)
    const board = page.getByRole('region', { name: 'Pro-Am booth' })
    await board.waitFor()
    expect(await board.locator('.booth-after').innerText()).toMatch(/RECONSTRUCTED$/)
    const entryA = board.locator('.booth-entry').filter({ hasText: 'Pro-Am entry A' })
    expect(await entryA.innerText()).toMatch(/Pro-Am entry A\s*PLACEHOLDER/)
    await screen.close()
  })

  test('bug: the About page split React out of the first load (a lazy chunk sharing the data edge with the entry)', () => {
    // Its chunk once read the page itself (src/data/about-queries.ts and what it imports, all
    // in the entry too), and the bundler then cut React, the JSX runtime and eight shared
    // modules into files of their own: 13 files and 5 KB more on every first load.
    const site = inject('builtSite')
    const preloaded = [
      ...readFileSync(join(site, 'index.html'), 'utf8').matchAll(
        /rel="modulepreload"[^>]*href="([^"]+)"/g,
      ),
    ].map((match) => match[1])
    expect(preloaded.length).toBeLessThanOrEqual(4)
    const assets = readdirSync(join(site, 'assets'))
    expect(assets.filter((name) => /^(react|jsx-runtime)-.*\.js$/.test(name))).toEqual([])
  })
})
