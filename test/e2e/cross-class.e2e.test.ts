import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { pairStanding, pairStandingSentence } from '../../src/model/pair-standing.ts'
import { championship, shippedSeason } from '../fixtures/shipped-season.ts'
import { dashboardInChromium } from './dashboard-browser.ts'

/**
 * Pairs and lines across classes in Chromium (issue 25, "On air"): from All classes, the pair
 * picker of Charts and of Head-to-head picks any two entries, each measured in its own class,
 * and the lines picker lets every entry of every class be clicked (docs/dashboard.md#views).
 */
const dashboard = dashboardInChromium()
const { open, consoleErrors } = dashboard
const ALL = '?series=ccna&season=2023&champ=all'

const ccna2023 = await shippedSeason('ccna/2023')
const standing = pairStanding(
  { progression: championship(ccna2023, 'pro'), id: 'tom-sargent' },
  { progression: championship(ccna2023, 'pro-am'), id: 'efrin-castro' },
  ccna2023.scored.length - 1,
)
const SENTENCE = standing === null ? 'no pair' : pairStandingSentence(standing)

/** Picks Sargent, then Castro, in the pair picker; the address then names them, in order. */
async function pickSargentThenCastro(page: Page) {
  await page.getByRole('combobox', { name: 'Driver A' }).selectOption('tom-sargent')
  await expect.poll(() => new URL(page.url()).searchParams.get('compare')).toMatch(/^tom-sargent,/)
  await page.getByRole('combobox', { name: 'Driver B' }).selectOption('efrin-castro')
  await expect
    .poll(() => new URL(page.url()).searchParams.get('compare'))
    .toBe('tom-sargent,efrin-castro')
}

/** Both of the pair with their class and place in it, and the gap sentence, on the page. */
async function expectPairShown(page: Page) {
  const cards = page.getByRole('list', { name: 'The pair' }).getByRole('listitem')
  await expect.poll(() => cards.allInnerTexts()).toHaveLength(2)
  const [sargent, castro] = await cards.allInnerTexts()
  expect(sargent).toMatch(/Pro\s*Tom Sargent\s*2nd in Pro\s*257 points/)
  expect(castro).toMatch(/Pro-Am\s*Efrin Castro\s*1st in Pro-Am\s*342 points/)
  expect(SENTENCE).toContain('Castro 85 points ahead, in different classes.')
  await expect.poll(() => page.getByText(SENTENCE).count()).toBe(1)
  expect(await page.getByText(/Pick two/).count()).toBe(0)
}

describe('pairs across classes in Chromium', { timeout: 90_000 }, () => {
  test('Charts, All classes: picking Sargent then Castro charts the pair, each in his class, no class picker saying Pro', async () => {
    const page = await open(`${ALL}&view=chart&chart=pair`)
    await pickSargentThenCastro(page)
    await expectPairShown(page)
    expect(await page.getByRole('combobox', { name: 'Class' }).count()).toBe(0)
    await expect
      .poll(() => page.locator('.pair-chart figcaption').innerText())
      .toContain('After race 16 Castro leads Sargent by 85.')
  })

  test('Head-to-head, All classes: picking Sargent then Castro shows both, each in his class, and the gap', async () => {
    const page = await open(`${ALL}&view=h2h`)
    await pickSargentThenCastro(page)
    await expectPairShown(page)
    const position = page
      .getByRole('table', { name: 'Season totals' })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Position' }) })
    expect(await position.locator('td').allInnerTexts()).toEqual(['2nd in Pro', '1st in Pro-Am'])
  })

  test('Booth, All classes: the same picker puts Sargent v Castro on one board, each in his class, and back to the top N', async () => {
    const page = await open(`${ALL}&view=booth`)
    // The booth shows only a pair the commentator picked: the first pick waits for the second.
    await page.getByRole('combobox', { name: 'Driver A' }).selectOption('tom-sargent')
    expect(new URL(page.url()).searchParams.get('compare')).toBeNull()
    await page.getByRole('combobox', { name: 'Driver B' }).selectOption('efrin-castro')
    await expect
      .poll(() => new URL(page.url()).searchParams.get('compare'))
      .toBe('tom-sargent,efrin-castro')
    const board = page.locator('.booth-boards')
    await expect.poll(() => board.innerText()).toMatch(/Efrin Castro[\s\S]*Tom Sargent/)
    const text = await board.innerText()
    expect(text).toContain('gap to Efrin Castro, in different classes')
    expect(text).toMatch(/\b85\b/)
    await page.getByRole('link', { name: /^Top \d+ instead$/ }).click()
    await expect.poll(() => new URL(page.url()).searchParams.get('compare')).toBeNull()
  })

  test('bug: the All classes lines picker drew its classes on top of each other — an entry of each class is clicked', async () => {
    const page = await open(`${ALL}&view=chart`)
    await page.getByText(/^Drivers \(\d+\)$/).click()
    const panel = page.locator('.picker-panel')
    const boxes = await panel.locator('fieldset').evaluateAll((sets) =>
      sets.map((set) => {
        const { left, top, right, bottom } = set.getBoundingClientRect()
        return { legend: set.querySelector('legend')?.textContent, left, top, right, bottom }
      }),
    )
    expect(boxes.map((b) => b.legend)).toEqual(['Pro', 'Pro-Am', 'Am'])
    // No two fieldsets share a pixel.
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        expect(
          a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top,
        ).toBe(true)
    // Playwright's click fails if another element would take it: each is really clickable.
    for (const name of ['Dan Clarke', 'Efrin Castro', 'Mark Kvamme']) {
      const box = panel.getByRole('checkbox', { name })
      await box.click()
      await expect.poll(() => box.isChecked()).toBe(true)
    }
    const compare = new URL(page.url()).searchParams.get('compare')?.split(',') ?? []
    expect(compare).toEqual(expect.arrayContaining(['dan-clarke', 'efrin-castro', 'mark-kvamme']))
    // Lines of three classes: the class picker no longer says "Pro".
    expect(
      await page.getByRole('combobox', { name: 'Class' }).evaluate((select) => {
        return select instanceof HTMLSelectElement ? select.selectedOptions[0]?.text : null
      }),
    ).toBe('Several classes')
  })

  test('on a phone the open lines picker and the pair fit the width: no sideways scroll', async () => {
    const phone = await dashboard.browser.newContext({ viewport: { width: 390, height: 844 } })
    const wide = () =>
      page.evaluate(
        () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
      )
    const page = await open(`${ALL}&view=chart`, phone)
    await page.getByText(/^Drivers \(\d+\)$/).click()
    await page.locator('.picker-panel').waitFor()
    expect(await wide()).toBe(false)
    await open(`${ALL}&view=h2h&compare=tom-sargent,efrin-castro`, phone)
    await expectPairShown(page)
    expect(await wide()).toBe(false)
    await phone.close()
  })

  test('bug: a gap chart across classes cut off "Tom Sargent −54" and said it was behind Castro — each line to its own class leader, every name whole', async () => {
    const page = await open(`${ALL}&view=chart&compare=tom-sargent,efrin-castro&asOf=r06`)
    const chart = page.locator('.recharts-wrapper').first()
    await chart.waitFor()
    // After race 6: Sargent 54 behind Dickinson in Pro, Castro leading Pro-Am.
    await expect
      .poll(() => page.locator('figure.chart').innerText())
      .toContain('Points behind the class leader after race 6: Tom Sargent 54, Efrin Castro 0.')
    const box = await chart.boundingBox()
    const label = await page.getByText('Tom Sargent −54', { exact: true }).boundingBox()
    expect(label).not.toBeNull()
    expect((label?.x ?? Infinity) + (label?.width ?? 0)).toBeLessThanOrEqual(
      (box?.x ?? 0) + (box?.width ?? 0),
    )
  })

  test('no console error', () => {
    expect(consoleErrors).toEqual([])
  })
})
