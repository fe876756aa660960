import { describe, expect, test } from 'vitest'
import { dashboardInChromium } from './dashboard-browser.ts'

/**
 * The 2026 Mustang Challenge in Chromium (issue 24 #3): offered by the season picker, its DH
 * standings the official sheet's (IMSA / Al Kamel, after round 6), rounds 1–4 read as the points
 * that sheet gives — no date, no car, no finishing place invented for them.
 */
const dashboard = dashboardInChromium()
const { open } = dashboard
const DH = '?series=mustang&season=2026&champ=dh'

describe('the Mustang Challenge in Chromium', { timeout: 90_000 }, () => {
  test('the picker offers it and its DH standings are the official sheet’s: Loftsgard 2050, Anderson 1960, Satullo 1730, Lucas 1720', async () => {
    const page = await open(DH)
    expect(await page.getByLabel('Season').locator('option:checked').innerText()).toBe(
      '2026 · Ford Mustang Challenge North America',
    )
    const table = page.getByRole('table', { name: 'DH standings' })
    const rows = await table.locator('tbody tr').allInnerTexts()
    const pointsOf = (name: string) =>
      rows
        .find((row) => row.includes(name))
        ?.split('\t')
        .map((cell) => cell.trim())
    expect(pointsOf('Cole Loftsgard')).toContain('2050')
    expect(pointsOf('Devin Anderson')).toContain('1960')
    expect(pointsOf('Sandy Satullo')).toContain('1730')
    expect(pointsOf('Will Lucas')).toContain('1720')
    // A driver seen only in the sheet shows no car and no team: the sheet names neither.
    const persing = pointsOf('Ryan Persing') ?? []
    expect(persing.some((cell) => cell.startsWith('#'))).toBe(false)
    expect(persing.join(' ')).not.toMatch(/ryan-persing|not in the official sheet/i)
    // Labelled honestly: which rounds are the sheet's points.
    expect(await page.locator('.provenance-note').innerText()).toBe(
      'R1–R4: the points of the official points sheet, not finishing orders.',
    )
    // A round is named by its event, once: "round 7, Watkins Glen".
    expect(await page.locator('.view').innerText()).toContain('round 7, Watkins Glen.')
  })

  test('a round from the sheet says "date not known"; a scored one its date', async () => {
    const sheet = await open(`${DH}&asOf=r02`)
    expect(await sheet.locator('.as-of').innerText()).toMatch(/After R2 · Sebring\s+date not known/)
    const scored = await open(`${DH}&asOf=r06`)
    expect(await scored.locator('.as-of').innerText()).toMatch(/After R6 · Mid-Ohio\s+2026-06-07/)
  })

  test('the grid gives a sheet’s round as its points, and says where they come from', async () => {
    const page = await open(`${DH}&view=results`)
    const loftsgard = page.getByRole('row').filter({ hasText: 'Cole Loftsgard' })
    const cells = await loftsgard.getByRole('cell').allInnerTexts()
    expect(cells.slice(0, 6).map((cell) => cell.replace(/\s+/g, ''))).toEqual([
      '370PF',
      '350',
      '350',
      '280',
      '1PF',
      '2P',
    ])
    expect(await page.locator('.view').innerText()).toContain(
      'Cole Loftsgard, Race 1 (Sebring): official points: 350 + 10 pole + 10 fastest lap = 370 points (the points of 1st on the scale; the finishing place is not in the official sheet)',
    )
  })
})
