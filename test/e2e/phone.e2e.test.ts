import { describe, expect, test } from 'vitest'
import { dashboardInChromium, VIEWS } from './dashboard-browser.ts'

/**
 * The dashboard on a 390 × 844 phone (docs/dashboard.md#look): no sideways page scroll on any
 * view, the standings first, the season's year visible, tab strips that say they scroll, and the
 * copy-link button.
 */
const dashboard = dashboardInChromium()
const { open } = dashboard

describe('on a phone', { timeout: 90_000 }, () => {
  test('a 390 px phone never scrolls sideways: wide tables scroll in their own box', async () => {
    const phone = await dashboard.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
    })
    for (const query of VIEWS) {
      const page = await open(query, phone)
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      expect(width, query).toBeLessThanOrEqual(390)
    }
    // The import review too, with a long race name in its menu.
    const page = await open('?series=ccna&season=2024&champ=pro', phone)
    await page.setInputFiles('input[type=file]', {
      name: 'sheet.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Pos,Car,Class,Driver,Team,Laps\n1,24,Pro,Loek Hartog,Kellymoss,20\n'),
    })
    await page.getByRole('region', { name: 'Import review' }).waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await phone.close()
  })

  test('phone first: the first standings row of every championship starts within the top 300 px at 390 x 844, the season shows its year, the tab strips say they scroll', async () => {
    const phone = await dashboard.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
    })
    const tables = [
      ['?series=ccna&season=2024&champ=masters', 'Chris Bellomo'],
      ['?series=ccna&season=2024&champ=pro', 'Loek Hartog'],
      ['?series=ccna&season=2023&champ=pro', 'Riley Dickinson'],
      ['?series=ccna&season=2024&champ=all', 'Loek Hartog'],
      ['?series=f1&season=2016', 'Nico Rosberg'],
      ['?series=f1&season=2016&champ=constructors', 'Mercedes'],
    ] as const
    for (const [query, leader] of tables) {
      const page = await open(query, phone)
      const row = page.locator('table.standings tbody tr').first()
      await expect.poll(() => row.locator('th').innerText()).toContain(leader)
      const box = await row.boundingBox()
      expect(box?.y, query).toBeLessThanOrEqual(300)
      // The selected season's year is on screen, not cut off at the end of the select.
      const select = page.getByLabel('Season')
      const shown = await select.evaluate((el) =>
        el instanceof HTMLSelectElement ? (el.selectedOptions[0]?.text ?? '') : '',
      )
      expect(shown, query).toMatch(/^(2016|2023|2024) · /)
    }
    // More tabs than the strip shows: its far edge is marked, and scrolling marks the near one.
    const page = await open('?series=ccna&season=2024&champ=masters', phone)
    const views = page.getByRole('navigation', { name: 'View' })
    await expect.poll(() => views.getAttribute('data-more-end')).toBe('true')
    expect(await views.getAttribute('data-more-start')).toBe('false')
    await views.evaluate((el) => el.scrollBy({ left: 1000 }))
    await expect.poll(() => views.getAttribute('data-more-start')).toBe('true')
    expect(await views.getAttribute('data-more-end')).toBe('false')
    await phone.close()
  })

  test('bug: on a phone the HYPOTHETICAL badge slid under the next-race button — it keeps a line of its own, clear of both buttons', async () => {
    const phone = await dashboard.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
    })
    const page = await open(
      '?series=ccna&season=2023&champ=pro&view=whatif&whatif=r13:17pf.53.9',
      phone,
    )
    const badge = await page.locator('.as-of .status-badge').boundingBox()
    const steps = await page.locator('.as-of .step').all()
    expect(badge).not.toBeNull()
    expect(steps).toHaveLength(2)
    for (const step of steps) {
      const box = await step.boundingBox()
      if (badge === null || box === null) throw new Error('the badge or a step button is not shown')
      const apart =
        badge.x + badge.width <= box.x ||
        box.x + box.width <= badge.x ||
        badge.y + badge.height <= box.y ||
        box.y + box.height <= badge.y
      expect(apart).toBe(true)
    }
    await phone.close()
  })

  test('copy link puts the address of what is on screen on the clipboard, and says so', async () => {
    const shared = await dashboard.browser.newContext({ viewport: { width: 390, height: 844 } })
    await shared.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: dashboard.site.url,
    })
    const query =
      '?series=ccna&season=2023&champ=pro&view=chart&chart=pair&compare=tom-sargent,will-martin&asOf=r08'
    const page = await open(query, shared)
    await page.getByRole('button', { name: 'Copy link to this view' }).click()
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Link copied' }).count())
      .toBe(1)
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url())
    expect(page.url()).toContain('will-martin')
    await shared.close()
  })

  test('no page logged a console error', () => {
    expect(dashboard.consoleErrors).toEqual([])
  })
})
