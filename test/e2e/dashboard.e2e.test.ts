import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { standingsAt } from '../../src/engine/standings.ts'
import { championship, shippedSeason, stepAfter } from '../fixtures/shipped-season.ts'
import { launchChromium } from './browser.ts'
import { shownPoints } from './shown-points.ts'
import { serveBuild, type BuiltSite } from './serve-build.ts'

/**
 * The built site in real Chromium (Debian's, through playwright-core): what the page shows is
 * what the engine computes, the URL round-trips, no console errors, axe finds nothing serious,
 * and a 390 px phone never scrolls sideways.
 */
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
let site: BuiltSite
let browser: Browser
let context: BrowserContext
const consoleErrors: Array<string> = []

beforeAll(async () => {
  site = await serveBuild()
  browser = await launchChromium()
  context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
}, 120_000)

afterAll(async () => {
  await context?.close()
  await browser?.close()
  await site?.close()
})

async function open(query: string, on: BrowserContext = context): Promise<Page> {
  const page = await on.newPage()
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${query}: ${message.text()}`)
  })
  page.on('pageerror', (error) => consoleErrors.push(`${query}: ${error.message}`))
  await page.goto(new URL(query, site.url).href)
  await page.locator('.view').waitFor()
  // A lazily loaded view shows a skeleton until its file is in: wait for the view itself.
  await page.locator('.skeleton').waitFor({ state: 'detached' })
  // The title scenarios arrive from the scenario worker just after the table: wait for them.
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null)
  return page
}

/** [name, points] of the first `count` rows of a standings table on the page. */
async function tableRows(page: Page, caption: string, count: number) {
  const table = page.getByRole('table', { name: caption })
  const rows = table.locator('tbody tr')
  const out: Array<[string, string]> = []
  for (let i = 0; i < count; i += 1) {
    const row = rows.nth(i)
    const link = row.locator('th a')
    const name =
      (await link.count()) > 0 ? await link.innerText() : await row.locator('th').innerText()
    out.push([name.trim(), (await row.locator('td.pts').innerText()).trim()])
  }
  return out
}

const VIEWS = [
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
  '?series=f1&season=2016&champ=constructors',
  '?series=f1&season=2016&view=results',
]

describe('the dashboard in Chromium', { timeout: 60_000 }, () => {
  test('each championship table shows the engine numbers, on both CCNA seasons and F1 2016', async () => {
    const cases = [
      ['ccna/2023', '?series=ccna&season=2023&champ=pro&asOf=r08', 'pro', 'r08', 'Pro standings'],
      ['ccna/2023', '?series=ccna&season=2023&champ=am', 'am', null, 'Am standings'],
      ['ccna/2024', '?series=ccna&season=2024&champ=masters', 'masters', null, 'Masters standings'],
      ['ccna/2024', '?series=ccna&season=2024&champ=teams', 'teams', null, 'Entrants standings'],
      ['f1/2016', '?series=f1&season=2016', 'drivers', null, 'Drivers standings'],
    ] as const
    for (const [path, query, id, asOf, caption] of cases) {
      const standings = await shippedSeason(path)
      const progression = championship(standings, id)
      const step = asOf === null ? standings.scored.length - 1 : stepAfter(standings, asOf)
      const expected = standingsAt(progression, step)
        .slice(0, 5)
        .map((row) => [row.name, shownPoints(row)])
      const page = await open(query)
      expect(await tableRows(page, caption, 5)).toEqual(expected)
      await page.close()
    }
  })

  test('the gap between two picked drivers: Sargent 13 ahead of Martin after race 8 of 2023', async () => {
    const page = await open(
      '?series=ccna&season=2023&champ=pro&view=chart&chart=pair&compare=tom-sargent,will-martin&asOf=r08',
    )
    await page.locator('.pair-chart .recharts-line path').first().waitFor({ state: 'attached' })
    expect(await page.locator('.pair-chart figcaption').innerText()).toContain(
      'After race 8 Sargent leads Martin by 13.',
    )
    // The line is labelled at its end, around a zero baseline.
    expect(await page.locator('.pair-chart').getByText('Sargent +13').count()).toBe(1)
    expect(await page.locator('.pair-chart').getByText('level', { exact: true }).count()).toBe(1)
    await page.close()
  })

  test('F1 2016 head-to-head: Rosberg 8 poles, Hamilton 12, and the pair chart names both lead changes', async () => {
    const page = await open('?series=f1&season=2016&view=h2h&compare=nico-rosberg,lewis-hamilton')
    const poles = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Poles' }) })
    expect(await poles.locator('td').allInnerTexts()).toEqual(['8', '12'])
    expect(await page.locator('.pair-chart figcaption').innerText()).toContain(
      'The lead changed twice: Hamilton ahead after race 11 and Rosberg ahead after race 15.',
    )
    await page.close()
  })

  test("a driver's line keeps its colour whoever else is picked, and is named at its end", async () => {
    const colourOf = async (compare: string, label: string) => {
      const page = await open(`?series=ccna&season=2023&champ=pro&view=chart&compare=${compare}`)
      await page.locator('.recharts-line path').first().waitFor({ state: 'attached' })
      await page.locator('.end-labels text').first().waitFor()
      const colour = await page.evaluate((text) => {
        const end = [...document.querySelectorAll('.end-labels g')].find((g) =>
          (g.querySelector('text')?.textContent ?? '').startsWith(text),
        )
        const path = end?.querySelector('path')
        return path === null || path === undefined ? null : getComputedStyle(path).stroke
      }, label)
      await page.close()
      return colour
    }
    const withSargent = await colourOf('tom-sargent,will-martin', 'Martin')
    expect(withSargent).toMatch(/^rgb/)
    expect(await colourOf('will-martin', 'Martin')).toBe(withSargent)
  })

  test('line charts: each line named at its end, a zero baseline, ticks that cover the data and every place labelled', async () => {
    const page = await open('?series=ccna&season=2023&champ=pro&view=chart&asOf=r08')
    await page.locator('.end-labels text').first().waitFor()
    expect(await page.locator('.end-labels text').allTextContents()).toEqual([
      'Dickinson',
      'Sargent −63',
      'Martin −76',
      'Hart −115',
      'Sedgwick −116',
    ])
    expect(await page.locator('.recharts-legend-wrapper').count()).toBe(0)
    const ticks = () =>
      page
        .locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')
        .allTextContents()
    await expect.poll(async () => (await ticks())[0]).toBe('leader')
    await page.getByRole('link', { name: 'Points', exact: true }).click()
    await page.locator('.end-labels text').first().waitFor()
    // 2023 Pro after race 8: Dickinson 197; the axis stops at the first nice tick above it.
    await expect.poll(ticks).toEqual(['0', '50', '100', '150', '200'])
    await page.getByRole('link', { name: 'Position', exact: true }).click()
    // bug: only 4, 7, 10 and 12 were labelled; every place from 1 to the lowest drawn is.
    await expect.poll(ticks).toEqual(Array.from({ length: 12 }, (_, i) => String(i + 1)))
    await page.close()
  })

  test('the chart tooltip lists drivers in table order with signed gaps, in the text colour', async () => {
    const page = await open(
      '?series=ccna&season=2023&champ=pro&view=chart&asOf=r08&compare=will-martin,riley-dickinson,tom-sargent',
    )
    await page.locator('.recharts-line path').first().waitFor({ state: 'attached' })
    const box = await page.locator('.recharts-wrapper').first().boundingBox()
    if (box === null) throw new Error('the chart has no box')
    // The last race (R8): over its tick, at the right end of the plot (its end labels beyond).
    const tick = await page
      .locator('.recharts-xAxis-tick-labels text')
      .filter({ hasText: /^R8$/ })
      .boundingBox()
    await page.mouse.move((tick?.x ?? 0) + (tick?.width ?? 0) / 2, box.y + box.height / 2)
    const items = page.locator('.recharts-tooltip-wrapper li')
    await items.first().waitFor()
    expect(await items.allInnerTexts()).toEqual([
      'Riley Dickinson : level',
      'Tom Sargent : −63',
      'Will Martin : −76',
    ])
    const colours = await items.evaluateAll((elements) =>
      elements.map((element) => getComputedStyle(element).color),
    )
    const text = await page.evaluate(() => getComputedStyle(document.body).color)
    expect(new Set(colours)).toEqual(new Set([text]))
    await page.close()
  })

  test('clicking through tabs, the race slider and head-to-head writes the URL; Back undoes it', async () => {
    const page = await open('/')
    await page.getByRole('link', { name: 'Charts' }).click()
    await page.locator('.recharts-line path').first().waitFor({ state: 'attached' })
    expect(new URL(page.url()).search).toBe('?view=chart')
    await expect
      .poll(() => page.locator('figcaption').innerText())
      .toContain("Dickinson's lead over Sargent")
    await page.getByRole('link', { name: 'Head-to-head' }).click()
    await page.getByLabel('Driver B').selectOption('will-martin')
    expect(new URL(page.url()).searchParams.get('compare')).toBe('riley-dickinson,will-martin')
    await page.getByRole('slider', { name: 'Standings after race' }).focus()
    await page.keyboard.press('ArrowLeft')
    expect(new URL(page.url()).searchParams.get('asOf')).toBe('r15')
    await page.getByRole('link', { name: 'Previous race' }).click()
    expect(new URL(page.url()).searchParams.get('asOf')).toBe('r14')
    await page.goBack()
    expect(new URL(page.url()).searchParams.get('asOf')).toBe('r15')
    await expect.poll(() => page.locator('.as-of-text').innerText()).toContain('R15')
    await page.close()
  })

  test('a link opened elsewhere restores exactly the same view', async () => {
    const first = await open('?series=ccna&season=2024&champ=pro-am&view=results&asOf=r12')
    const text = await first.locator('.view').innerText()
    const other = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
    const second = await open(first.url(), other)
    expect(await second.locator('.view').innerText()).toBe(text)
    expect(await second.locator('.as-of-text').innerText()).toContain('After R12')
    await other.close()
    await first.close()
  })

  test('a what-if scenario survives the trip through a shared link', async () => {
    // A link made before what-ifs named entries (car numbers) still opens the same scenario.
    const query =
      '?series=ccna&season=2023&champ=pro&view=standings&whatif=r13:17pf.53.9;r14:17.9.53'
    const first = await open(query)
    const banner = await first.locator('.whatif-banner').innerText()
    expect(banner).toContain('HYPOTHETICAL R13, R14 are imagined')
    const table = await first.getByRole('table', { name: 'Pro standings' }).innerText()
    const other = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
    const second = await open(first.url(), other)
    expect(await second.locator('.whatif-banner').innerText()).toBe(banner)
    expect(await second.getByRole('table', { name: 'Pro standings' }).innerText()).toBe(table)
    expect(new URL(second.url()).searchParams.get('whatif')).toBe('r13:17pf.53.9;r14:17.9.53')
    await other.close()
    await first.close()
  })

  test('export: the standings download as spreadsheet-safe CSV, made in the browser', async () => {
    const page = await open('?series=ccna&season=2023&champ=pro&asOf=r08')
    await page.getByText('Export').click()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Standings CSV' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('ccna-2023-pro-after-r08.csv')
    const path = await download.path()
    const text = readFileSync(path, 'utf8')
    expect(text.split('\r\n')[1]).toMatch(
      /^r08,pro,1,1,riley-dickinson,Riley Dickinson,53,Kellymoss,197,/,
    )
    await page.close()
  })

  test('broadcast graphics: a 1920×1080 PNG that is not blank, and a transparent overlay', async () => {
    const page = await open('?series=ccna&season=2023&champ=pro&asOf=r08')
    await page.getByText('Export').click()
    await page.getByLabel('Card').selectOption('gap')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PNG' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('ccna-2023-pro-after-r08-gap-wide.png')
    const png = readFileSync(await download.path())
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080])
    const colours = await page.evaluate(async (base64) => {
      const image = new Image()
      image.src = `data:image/png;base64,${base64}`
      await image.decode()
      const canvas = document.createElement('canvas')
      canvas.width = image.width
      canvas.height = image.height
      const context = canvas.getContext('2d')!
      context.drawImage(image, 0, 0)
      const data = context.getImageData(0, 0, image.width, image.height).data
      const seen = new Set<number>()
      for (let i = 0; i < data.length; i += 4 * 97)
        seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!)
      return seen.size
    }, png.toString('base64'))
    expect(colours).toBeGreaterThan(20)
    await page.close()
    const overlay = await context.newPage()
    await overlay.goto(
      new URL('?series=ccna&season=2023&champ=pro&view=overlay&card=clinch&asOf=r11', site.url)
        .href,
    )
    const card = overlay.locator('img.overlay-card')
    await card.waitFor()
    expect(await card.getAttribute('alt')).toBe(
      'Porsche Carrera Cup North America 2023 · Pro: Standings after R11 · Indianapolis',
    )
    expect(await overlay.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgba(0, 0, 0, 0)',
    )
    expect(await overlay.locator('header, nav').count()).toBe(0)
    await overlay.close()
  })

  test('the title scenarios come from the scenario worker, and still come when its file is gone', async () => {
    const normal = await open('?series=ccna&season=2023&champ=pro&asOf=r12')
    expect(await normal.getByText('Dickinson has clinched the Pro title.').isVisible()).toBe(true)
    await normal.close()
    // After a redeploy an open tab may ask for a worker file that no longer exists.
    const page = await context.newPage()
    await page.route('**/scenario-worker-*.js', (route) => route.fulfill({ status: 404, body: '' }))
    await page.goto(new URL('?series=ccna&season=2023&champ=pro&asOf=r12', site.url).href)
    await page.getByText('Dickinson has clinched the Pro title.').waitFor()
    expect(await page.locator('[aria-busy="true"]').count()).toBe(0)
    await page.close()
  })

  test('nonsense in the URL falls back to defaults, not an error page', async () => {
    const page = await open('?series=ccna&season=2023&champ=nope&view=zzz&asOf=r99&compare=x,y')
    expect(await page.getByRole('table', { name: 'Pro standings' }).isVisible()).toBe(true)
    await page.close()
  })

  test(
    'axe finds no serious or critical violation on any view, light or dark',
    { timeout: 240_000 },
    async () => {
      for (const scheme of ['light', 'dark'] as const) {
        const themed = await browser.newContext({
          viewport: { width: 1400, height: 1000 },
          colorScheme: scheme,
          // axe is injected as an inline script: test tooling, not the site, so the site's
          // Content-Security-Policy (which blocks inline scripts) is bypassed for it.
          bypassCSP: true,
        })
        for (const query of VIEWS) {
          const page = await open(query, themed)
          if (query.includes('view=chart')) {
            await page.locator('.recharts-line path').first().waitFor({ state: 'attached' })
            // With the tooltip open: its text is checked too.
            await page.locator('.recharts-wrapper').first().hover()
            await page.locator('.recharts-tooltip-wrapper li').first().waitFor()
          }
          await page.addScriptTag({ path: AXE })
          const violations = await page.evaluate(async () => {
            const axe = (
              globalThis as unknown as {
                axe: {
                  run: () => Promise<{
                    violations: Array<{
                      id: string
                      impact: string
                      nodes: Array<{ target: unknown }>
                    }>
                  }>
                }
              }
            ).axe
            const result = await axe.run()
            return result.violations
              .filter((v) => v.impact === 'serious' || v.impact === 'critical')
              .map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`)
          })
          expect(violations, `${scheme} ${query}`).toEqual([])
          await page.close()
        }
        await themed.close()
      }
    },
  )

  test('a 390 px phone never scrolls sideways: wide tables scroll in their own box', async () => {
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
    })
    for (const query of VIEWS) {
      const page = await open(query, phone)
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      expect(width, query).toBeLessThanOrEqual(390)
      await page.close()
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
    await page.close()
    await phone.close()
  })

  test('phone first: the first standings row of every championship starts within the top 300 px at 390 x 844, the season shows its year, the tab strips say they scroll', async () => {
    const phone = await browser.newContext({
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
      await expect.poll(() => row.locator('th').innerText(), { timeout: 5000 }).toContain(leader)
      const box = await row.boundingBox()
      expect(box?.y, query).toBeLessThanOrEqual(300)
      // The selected season's year is on screen, not cut off at the end of the select.
      const select = page.getByLabel('Season')
      const shown = await select.evaluate((el) =>
        el instanceof HTMLSelectElement ? (el.selectedOptions[0]?.text ?? '') : '',
      )
      expect(shown, query).toMatch(/^(2016|2023|2024) · /)
      await page.close()
    }
    // More tabs than the strip shows: its far edge is marked, and scrolling marks the near one.
    const page = await open('?series=ccna&season=2024&champ=masters', phone)
    const views = page.getByRole('navigation', { name: 'View' })
    await expect.poll(() => views.getAttribute('data-more-end')).toBe('true')
    expect(await views.getAttribute('data-more-start')).toBe('false')
    await views.evaluate((el) => el.scrollBy({ left: 1000 }))
    await expect.poll(() => views.getAttribute('data-more-start')).toBe('true')
    expect(await views.getAttribute('data-more-end')).toBe('false')
    await page.close()
    await phone.close()
  })

  test('copy link puts the address of what is on screen on the clipboard, and says so', async () => {
    const shared = await browser.newContext({ viewport: { width: 390, height: 844 } })
    await shared.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url })
    const query =
      '?series=ccna&season=2023&champ=pro&view=chart&chart=pair&compare=tom-sargent,will-martin&asOf=r08'
    const page = await open(query, shared)
    await page.getByRole('button', { name: 'Copy link to this view' }).click()
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Link copied' }).count())
      .toBe(1)
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url())
    expect(page.url()).toContain('will-martin')
    await page.close()
    await shared.close()
  })

  test('bug: the F1 results grid put the points column off-screen at 1400 px — all 21 races and the points fit', async () => {
    const page = await open('?series=f1&season=2016&view=results')
    const grid = page.locator('.table-scroll').filter({ has: page.locator('table.results-grid') })
    const [scroll, client] = await grid.evaluate((el) => [el.scrollWidth, el.clientWidth])
    expect(scroll).toBeLessThanOrEqual(client ?? 0)
    const pts = await page.getByRole('columnheader', { name: 'Pts' }).first().boundingBox()
    expect((pts?.x ?? Infinity) + (pts?.width ?? 0)).toBeLessThanOrEqual(1400)
    // Every race keeps its round name (one-race rounds run upwards).
    expect(await page.locator('th.round-head').count()).toBe(21)
    await page.close()
  })

  test('no page logged a console error', () => {
    expect(consoleErrors).toEqual([])
  })
})
