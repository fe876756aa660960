import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { dashboardInChromium } from './dashboard-browser.ts'

/**
 * Broadcast graphics in Chromium (issue 25, "On air"; docs/exporting.md): All classes exported
 * as the All classes table under an "all-classes" name, the export menu's selects whole, a pair
 * across classes on the overlay, the lower third, and the fade when an overlay's numbers change.
 */
const dashboard = dashboardInChromium()
const { open, consoleErrors } = dashboard
const ALL = '?series=ccna&season=2023&champ=all&asOf=r08'

/** The overlay at `query` in a new tab of `page`'s window, once its card is in. */
async function overlayAt(
  query: string,
  reducedMotion: 'reduce' | 'no-preference' = 'no-preference',
) {
  const context = await dashboard.browser.newContext({
    viewport: { width: 1920, height: 1080 },
    reducedMotion,
  })
  const page = await context.newPage()
  await page.goto(new URL(query, dashboard.site.url).href)
  const card = page.locator('img.overlay-card')
  await card.waitFor()
  return { page, card, close: () => context.close() }
}

const svgOf = async (page: Page) =>
  decodeURIComponent((await page.locator('img.overlay-card').getAttribute('src')) ?? '')

describe('broadcast cards in Chromium', { timeout: 60_000 }, () => {
  test('All classes: the All classes table with class badges, in a file named all-classes', async () => {
    const page = await open(ALL)
    await page.getByText('Export', { exact: true }).click()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'SVG' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('ccna-2023-all-classes-after-r08-standings-wide.svg')
    const svg = readFileSync(await download.path(), 'utf8')
    expect(svg).toContain('2023 · All classes</text>')
    expect(svg).toContain('>IN CLASS</text>')
    for (const badge of ['Pro', 'Pro-Am', 'Am']) expect(svg).toContain(`>${badge}</text>`)
  })

  test("the export menu's selects show their longest option whole", async () => {
    const page = await open(ALL)
    await page.getByText('Export', { exact: true }).click()
    for (const label of ['Card', 'Shape']) {
      const room = await page.getByLabel(label).evaluate((select: HTMLSelectElement) => {
        const context = document.createElement('canvas').getContext('2d')!
        context.font = getComputedStyle(select).font
        const longest = Math.max(
          ...[...select.options].map((option) => context.measureText(option.text).width),
        )
        // The text box of a select: its width less the padding and the arrow.
        return select.clientWidth - 24 - longest
      })
      expect(room, label).toBeGreaterThanOrEqual(0)
    }
  })

  test('a pair across classes on the overlay: both, each in its class, and the gap — never "Pick two"', async () => {
    const { page, card, close } = await overlayAt(
      `${ALL}&view=overlay&card=h2h&compare=riley-dickinson,efrin-castro`,
    )
    expect(await card.getAttribute('alt')).toBe(
      'Porsche Carrera Cup North America 2023 · All classes: Standings after R8 · Watkins Glen',
    )
    const svg = await svgOf(page)
    expect(svg).toContain('in different classes.</text>')
    expect(svg).toMatch(/class="gap-figure"[^>]*>\d+</)
    expect(svg).not.toContain('Pick two')
    await close()
  })

  test('the lower third: one opaque panel across the foot of the title-safe area, the page transparent', async () => {
    const { page, close } = await overlayAt(
      '?series=ccna&season=2023&champ=pro&asOf=r08&view=overlay&card=standings&frame=lower-third',
    )
    const svg = await svgOf(page)
    expect(svg).toContain('<rect x="96" y="706" width="1728" height="320" rx="14" fill="#131b28"/>')
    expect(svg).not.toContain('<rect width="1920" height="1080"')
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgba(0, 0, 0, 0)',
    )
    await close()
  })

  test('new numbers fade in over the card on air (≤ 400 ms); none with reduced motion', async () => {
    const moving = await overlayAt('?series=ccna&season=2023&champ=pro&asOf=r08&view=overlay')
    const { page } = moving
    const duration = await page
      .locator('img.overlay-card')
      .evaluate((img) => parseFloat(getComputedStyle(img).animationDuration))
    expect(duration).toBeGreaterThan(0)
    expect(duration).toBeLessThanOrEqual(0.4)
    // The next race's standings: the card on air stays under the new one until it is in.
    const before = await svgOf(page)
    await page.evaluate(() => {
      const seen: Array<boolean> = []
      new MutationObserver(() =>
        seen.push(document.querySelector('.overlay-card-under') !== null),
      ).observe(document.body, { childList: true, subtree: true })
      Object.assign(window, { seenUnder: seen })
      history.pushState(null, '', location.search.replace('asOf=r08', 'asOf=r09'))
      dispatchEvent(new PopStateEvent('popstate'))
    })
    await expect.poll(() => svgOf(page)).not.toBe(before)
    await expect.poll(() => page.locator('.overlay-card-under').count()).toBe(0)
    expect(
      await page.evaluate(() => (window as unknown as { seenUnder: Array<boolean> }).seenUnder),
    ).toContain(true)
    await moving.close()
    const still = await overlayAt(
      '?series=ccna&season=2023&champ=pro&asOf=r08&view=overlay',
      'reduce',
    )
    expect(await still.card.evaluate((img) => getComputedStyle(img).animationName)).toBe('none')
    await still.close()
  })

  test('no page logged a console error', () => {
    expect(consoleErrors).toEqual([])
  })
})
