import { readFileSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { readFromDisk } from '../../src/data/disk-reader.ts'
import { validateSeason } from '../../src/data/validate-season.ts'
import { computeSeasonStandings } from '../../src/engine/scoring/season-standings.ts'
import { standingsAt } from '../../src/engine/scoring/standings.ts'
import type { RaceResults } from '../../src/engine/types.ts'
import { readTimingFile } from '../../src/import/read-timing-file.ts'
import { imsaCsvFromResults } from '../fixtures/alkamel.ts'
import { launchChromium } from './browser.ts'
import { shownPoints } from './shown-points.ts'
import { serveBuiltSite } from './built-site.ts'
import type { BuiltSite } from './serve-build.ts'

/**
 * A timing file dropped on the page: read in the browser (no request leaves the page), reviewed,
 * kept in this browser, and the standings are those the engine gives for the imported race.
 */
let site: BuiltSite
let browser: Browser
beforeAll(async () => {
  site = await serveBuiltSite()
  browser = await launchChromium()
}, 120_000)
afterAll(async () => {
  await browser?.close()
  await site?.close()
})

/** 2023 race 16 as an Al Kamel file, with Sargent and Dickinson swapped at the front. */
async function race16Csv() {
  const check = await validateSeason('public/data/ccna/2023', readFromDisk)
  const season = check.season!
  const typed = JSON.parse(
    readFileSync('public/data/ccna/2023/results/r16.json', 'utf8'),
  ) as RaceResults
  const order = typed.rows.filter((r) => r.status === 'classified').map((r) => r.car)
  const [a, b, ...rest] = order
  const csv = imsaCsvFromResults(season, typed.rows, {
    order: [b ?? '', a ?? '', ...rest],
    flTime: () => '2:05.000',
  })
  const imported = readTimingFile('03_Results_Race 16_Official.csv', csv, season, {
    race: 'r16',
  }).outcome
  if (!imported.ok) throw new Error(imported.errors.join('\n'))
  const files = new Map(check.files)
  files.set('r16', { kind: 'results', results: imported.value.results })
  const pro = computeSeasonStandings(season, files).championships.find(
    (p) => p.championship.id === 'pro',
  )!
  const expected = standingsAt(pro, pro.steps.length - 1)
    .slice(0, 3)
    .map((row) => [row.name, shownPoints(row)])
  // The shipped leader's total, for the table before the import and after its removal (it is
  // reconstructed, not published: computed from the shipped files, not pinned).
  const shipped = computeSeasonStandings(season, check.files).championships.find(
    (p) => p.championship.id === 'pro',
  )!
  const leader = shownPoints(standingsAt(shipped, shipped.steps.length - 1)[0]!)
  return { csv, expected, leader }
}

test(
  'a dropped Al Kamel file changes the standings without any request leaving the page',
  { timeout: 60_000 },
  async () => {
    const { csv, expected, leader } = await race16Csv()
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
    const page = await context.newPage()
    await page.goto(new URL('?series=ccna&season=2023&champ=pro', site.url).href)
    await page.getByRole('table', { name: 'Pro standings' }).waitFor()
    const requests: Array<{ url: string; method: string; body: string | null }> = []
    page.on('request', (request) =>
      requests.push({ url: request.url(), method: request.method(), body: request.postData() }),
    )
    await page.evaluate((text) => {
      const data = new DataTransfer()
      data.items.add(new File([text], '03_Results_Race 16_Official.csv', { type: 'text/csv' }))
      document.body.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }),
      )
      document.body.dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      )
    }, csv)
    const review = page.getByRole('region', { name: 'Import review' })
    await review.waitFor()
    await review.getByLabel('Race').selectOption('r16')
    await review.getByRole('button', { name: 'Add to the season in this browser' }).click()
    await page.getByRole('region', { name: 'Imported in this browser' }).waitFor()
    const rows = page.getByRole('table', { name: 'Pro standings' }).locator('tbody tr')
    const shown: Array<[string, string]> = []
    for (let i = 0; i < 3; i += 1) {
      shown.push([
        (await rows.nth(i).locator('th a').innerText()).trim(),
        (await rows.nth(i).locator('td.pts').innerText()).trim(),
      ])
    }
    expect(shown).toEqual(expected)
    expect(shown[0]?.[1]).not.toBe(leader)
    // The file never leaves the page: the only requests are the importer's own code and styles.
    const sent = requests.filter(
      (r) =>
        !(r.method === 'GET' && r.body === null && /\/assets\/[\w-]+\.(?:js|css)$/.test(r.url)),
    )
    expect(sent).toEqual([])
    // Kept in this browser: a reload still shows it; Remove takes it away.
    await page.reload()
    await page.getByRole('region', { name: 'Imported in this browser' }).waitFor()
    await page.getByRole('button', { name: 'Remove' }).click()
    await expect
      .poll(async () => (await rows.first().locator('td.pts').innerText()).trim())
      .toBe(leader)
    await context.close()
  },
)
