import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { dashboardInChromium } from './dashboard-browser.ts'

/**
 * The championship permutations in Chromium (docs/dashboard.md#permutations): the Permutations
 * view of F1 2022 after Singapore (the table before Japan), the link to it from the standings,
 * and the booth's permutations board fitting a 1920 × 1080 screen with no row cut off.
 */
const dashboard = dashboardInChromium()
const { open } = dashboard

describe('the permutations in Chromium', { timeout: 90_000 }, () => {
  test('F1 2022 after round 17: the Permutations view shows the table of Japan, always and if told apart', async () => {
    const page = await open('?series=f1&season=2022&view=permutations&asOf=r17')
    const view = page.getByRole('region', { name: 'Permutations' })
    await expect
      .poll(() => view.getByRole('heading').innerText())
      .toBe('Drivers title permutations for round 18, Japan')
    const table = view.getByRole('table')
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual([
      'Verstappen in round 18, Japan',
      'Clinches',
      'Leclerc',
      'Pérez',
    ])
    const row = (result: string) =>
      table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: result, exact: true }) })
    expect(await row('1st + fastest lap').locator('.verdict-cell').innerText()).toBe('✓ always')
    expect(await row('1st').locator('.verdict-cell').innerText()).toBe('◐ if')
    expect(await row('1st').locator('td[data-label="Leclerc"]').innerText()).toBe('3rd or lower')
    // The verdicts differ in shape, not only in colour: a filled badge, a dashed one.
    const border = (result: string) =>
      row(result)
        .locator('.verdict')
        .evaluate((el) => getComputedStyle(el).borderTopStyle)
    expect(await border('1st + fastest lap')).toBe('solid')
    expect(await border('1st')).toBe('dashed')
  })

  test('on a 390 px phone the places that cannot clinch fold into one line, the rows with a bonus under their place; a button shows them all', async () => {
    const phone = await dashboard.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    })
    const page = await open('?series=f1&season=2022&view=permutations&asOf=r17', phone)
    const table = page.getByRole('table')
    await table.waitFor()
    const results = () => table.getByRole('rowheader').allInnerTexts()
    expect(await results()).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '5th',
      '6th',
      '7th or lower, or not classified',
    ])
    const never = page.getByRole('button', { name: 'Show the 4 rows that cannot clinch' })
    expect(await never.getAttribute('aria-expanded')).toBe('false')
    await page.getByRole('button', { name: 'Show all 16 rows' }).click()
    const fold = page.getByRole('button', {
      name: 'Fold the rows with a bonus and the rows that cannot clinch',
    })
    expect(await fold.getAttribute('aria-expanded')).toBe('true')
    expect(await results()).toHaveLength(16)
    // The line under the table says what "—" means, now that one is shown.
    expect(await page.locator('.permutations-legend').innerText()).toMatch(
      /^— on a row that cannot clinch/,
    )
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await phone.close()
  })

  test('the standings link to the full table, and the tab strip names it', async () => {
    const page = await open('?series=f1&season=2022&asOf=r17')
    await page.getByRole('link', { name: 'Full table' }).click()
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('permutations')
    await page.getByRole('table').waitFor()
    expect(
      await page
        .getByRole('navigation', { name: 'View' })
        .getByRole('link', { name: 'Permutations' })
        .getAttribute('aria-current'),
    ).toBe('page')
  })

  test('the booth permutations board fits 1920 × 1080: the headline, whole rows, and how many more', async () => {
    const screen = await dashboard.browser.newContext({ viewport: { width: 1920, height: 1080 } })
    // Presentation mode has no page around the boards: opened here, its errors kept apart.
    const page = await screen.newPage()
    const errors: Array<string> = []
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    for (const query of [
      '?series=f1&season=2022&view=booth&asOf=r17&present=1&board=permutations',
      '?series=ccna&season=2023&champ=pro&view=booth&asOf=r11&present=1&board=permutations',
    ]) {
      await page.goto(new URL(query, dashboard.site.url).href)
      const board = page.getByRole('region', { name: /permutations board$/ })
      await board.getByRole('list', { name: 'Results that clinch' }).waitFor()
      expect(await board.locator('.permutations-headline').innerText()).toMatch(
        /^(Verstappen clinches in round 18, Japan, if …|Dickinson clinches in race 12 if …)$/,
      )
      const more = board.locator('.permutations-more')
      expect(await more.innerText()).toMatch(/^\+\d+ more results in the Permutations view$/)
      // Nothing below the screen: the page does not scroll and the last line is on it.
      expect(await page.evaluate(() => document.documentElement.scrollHeight), query).toBe(1080)
      const box = await more.boundingBox()
      expect((box?.y ?? Infinity) + (box?.height ?? 0), query).toBeLessThanOrEqual(1080)
      // The headline is the largest type on the screen.
      const sizes = await page.evaluate(() =>
        [...document.querySelectorAll('.presentation *')].map((el) =>
          Number.parseFloat(getComputedStyle(el).fontSize),
        ),
      )
      const headline = await board
        .locator('.permutations-headline')
        .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize))
      expect(headline).toBe(Math.max(...sizes))
    }
    expect(errors).toEqual([])
    await screen.close()
  })

  test("the permutations card: offered with the other cards, made from the worker's answer, and as an overlay", async () => {
    const page = await open('?series=f1&season=2022&view=permutations&asOf=r17')
    await page.getByText('Export').click()
    await page.getByLabel('Card').selectOption('permutations')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'SVG' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('f1-2022-drivers-after-r17-permutations-wide.svg')
    const svg = readFileSync(await download.path(), 'utf8')
    expect(svg).toContain('>Title permutations for round 18, Japan</text>')
    expect(svg).toContain('>Verstappen clinches the Drivers title in round 18, Japan,')
    expect(svg).toContain('>✓ always with the fastest lap</text>')
    expect(svg).toMatch(/>\+\d+ more results in the Permutations view<\/text>/)
    const overlay = await dashboard.context.newPage()
    await overlay.goto(
      new URL('?series=f1&season=2022&view=overlay&card=permutations&asOf=r17', dashboard.site.url)
        .href,
    )
    const card = overlay.locator('img.overlay-card')
    await card.waitFor()
    // The overlay asks the worker too: the card carries the rows once the answer is in.
    await expect
      .poll(async () => decodeURIComponent((await card.getAttribute('src')) ?? ''))
      .toContain('Leclerc 3rd or lower')
    await overlay.close()
  })

  test('no page logged a console error', () => {
    expect(dashboard.consoleErrors).toEqual([])
  })
})
